import type { LocalizedText } from '../i18n/locale.ts';
import type { StatsField, StatsFieldKind } from './types.ts';

const KIND_BY_VALUE: Record<string, StatsFieldKind | undefined> = {
  number: 'number',
  date: 'date',
  'string-list': 'choices',
};

/** How a component's value kind is summarised: choices (given options), numbers, dates; free text never. */
export function kindOf(valueKind: string, hasOptions: boolean): StatsFieldKind | undefined {
  if (valueKind === 'string' && hasOptions) return 'choice';
  if (valueKind === 'boolean') return 'choice';
  return KIND_BY_VALUE[valueKind];
}

/** The options a node's props offer, when it offers any. */
export function optionsOf(props: Record<string, unknown> | undefined): StatsField['options'] {
  const raw = props?.options;
  if (!Array.isArray(raw)) return undefined;
  return raw.filter(
    (o): o is { value: string; label: LocalizedText } =>
      !!o && typeof o === 'object' && typeof (o as { value?: unknown }).value === 'string',
  );
}
