import type { PropSpec } from './types.ts';

/** Props most inputs share, so every manifest words them the same way. */
export const labelProp: PropSpec = {
  kind: 'text',
  label: { 'zh-CN': '标题', en: 'Label' },
  localized: true,
  default: '',
};
export const helpProp: PropSpec = {
  kind: 'text',
  label: { 'zh-CN': '说明文字', en: 'Help text' },
  localized: true,
  default: '',
};
export const placeholderProp: PropSpec = {
  kind: 'text',
  label: { 'zh-CN': '占位提示', en: 'Placeholder' },
  localized: true,
  default: '',
};

export const inputProps = { label: labelProp, help: helpProp } as const;
export const textInputProps = { ...inputProps, placeholder: placeholderProp } as const;

/** Reads a numeric prop, ignoring anything that is not a finite number. */
export function numberProp(props: Record<string, unknown>, key: string): number | undefined {
  const v = props[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/** The values of an `options` prop. */
export function optionValues(props: Record<string, unknown>): string[] {
  const options = props.options;
  if (!Array.isArray(options)) return [];
  return options.flatMap((o) => (o && typeof o === 'object' && typeof o.value === 'string' ? [o.value] : []));
}

/**
 * Whether `value` is one of the options' values: what `optionValues(props).includes(value)`
 * answers, without building the list (every choice answer of every submission asks).
 */
export function isOptionValue(props: Record<string, unknown>, value: string): boolean {
  const options = props.options;
  if (!Array.isArray(options)) return false;
  for (const o of options) if (o && typeof o === 'object' && o.value === value) return true;
  return false;
}

/** Fills missing props from the manifest's defaults. */
export function withDefaults(
  specs: Record<string, PropSpec>,
  props: Record<string, unknown> = {},
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key in specs) {
    // A prop the node sets wins anyway (below); skipping it spares a copy of a default list.
    if (Object.hasOwn(props, key)) continue;
    const value = specs[key]!.default;
    // Objects and lists are copied so no caller can change the manifest; scalars need no copy
    // (this runs once per field of a form at mount).
    if (value !== undefined) out[key] = typeof value === 'object' && value !== null ? structuredClone(value) : value;
  }
  return Object.assign(out, props);
}
