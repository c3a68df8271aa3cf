import { type Locale, type LocalizedText, localize } from '@sprout/shared/i18n';

export interface ChoiceOption {
  value: string;
  label: string;
}

// A node's props object is made once (nodeProps), so its options are worked out once per
// language, not on every render of every choice field.
const cache = new WeakMap<Record<string, unknown>, { locale: Locale; options: readonly ChoiceOption[] }>();

/** The `options` prop as value/label pairs in the resident's language (shared: do not modify). */
export function choiceOptions(props: Record<string, unknown>, locale: Locale): readonly ChoiceOption[] {
  const hit = cache.get(props);
  if (hit?.locale === locale) return hit.options;
  const raw = Array.isArray(props.options) ? props.options : [];
  const options = raw.flatMap((o) =>
    o && typeof o === 'object' && typeof o.value === 'string'
      ? [{ value: o.value, label: localize(o.label as LocalizedText, locale) || o.value }]
      : [],
  );
  cache.set(props, { locale, options });
  return options;
}
