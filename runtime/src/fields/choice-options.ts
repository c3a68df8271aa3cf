import { type Locale, type LocalizedText, localize } from '@sprout/shared/i18n';

export interface ChoiceOption {
  value: string;
  label: string;
}

/** The `options` prop as value/label pairs in the resident's language. */
export function choiceOptions(props: Record<string, unknown>, locale: Locale): ChoiceOption[] {
  const raw = Array.isArray(props.options) ? props.options : [];
  return raw.flatMap((o) =>
    o && typeof o === 'object' && typeof o.value === 'string'
      ? [{ value: o.value, label: localize(o.label as LocalizedText, locale) || o.value }]
      : [],
  );
}
