export { DEFAULT_LOCALE, isLocale, localize } from './locale.ts';
export type { Locale, LocalizedText } from './locale.ts';
export { message } from './messages.ts';
export type { MessageKey } from './messages.ts';
