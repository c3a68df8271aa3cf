/** The languages Sprout speaks; zh-CN is the default everywhere. */
export type Locale = 'zh-CN' | 'en';

export const DEFAULT_LOCALE: Locale = 'zh-CN';

/** A string for every locale, or one plain string used for all. */
export type LocalizedText = string | Partial<Record<Locale, string>>;

/**
 * Picks the text for a locale, falling back to zh-CN, then to any text there is.
 * @example localize({ 'zh-CN': '姓名', en: 'Name' }, 'en') // 'Name'
 */
export function localize(text: LocalizedText | undefined, locale: Locale = DEFAULT_LOCALE): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text[locale] ?? text[DEFAULT_LOCALE] ?? Object.values(text).find((t) => t) ?? '';
}

export function isLocale(value: unknown): value is Locale {
  return value === 'zh-CN' || value === 'en';
}
