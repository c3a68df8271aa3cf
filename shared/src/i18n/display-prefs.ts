import { DEFAULT_LOCALE, isLocale, type Locale } from './locale.ts';

/** How a resident's device shows Sprout's pages: language and text size, chosen on the page. */
export interface DisplayPrefs {
  locale: Locale;
  largeText: boolean;
}

export const DEFAULT_DISPLAY_PREFS: DisplayPrefs = { locale: DEFAULT_LOCALE, largeText: false };

/**
 * The cookie the resident pages keep the choice in besides the device's storage, so the
 * server renders the form as this device shows it (its language and text size) and the
 * page's code can take that markup over instead of replacing it.
 */
export const DISPLAY_PREFS_COOKIE = 'sprout-display';

const LARGE = '.large';

/**
 * One short text for a choice, safe in a cookie and an attribute: the locale, `.large` after
 * it for large text.
 * @example displayPrefsToken({ locale: 'en', largeText: true }) // 'en.large'
 */
export function displayPrefsToken(prefs: DisplayPrefs): string {
  return prefs.largeText ? prefs.locale + LARGE : prefs.locale;
}

/** The choice a token names; the default for a missing or unknown one (an old page, a cookie edited by hand). */
export function parseDisplayPrefsToken(token: string | null | undefined): DisplayPrefs {
  if (!token) return DEFAULT_DISPLAY_PREFS;
  const largeText = token.endsWith(LARGE);
  const locale = largeText ? token.slice(0, -LARGE.length) : token;
  return isLocale(locale) ? { locale, largeText } : DEFAULT_DISPLAY_PREFS;
}
