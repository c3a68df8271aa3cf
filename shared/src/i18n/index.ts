export {
  DEFAULT_DISPLAY_PREFS,
  DISPLAY_PREFS_COOKIE,
  type DisplayPrefs,
  displayPrefsToken,
  parseDisplayPrefsToken,
} from './display-prefs.ts';
export { DEFAULT_LOCALE, isLocale, localize } from './locale.ts';
export type { Locale, LocalizedText } from './locale.ts';
export { message } from './messages.ts';
export type { MessageKey } from './messages.ts';
