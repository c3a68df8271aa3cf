/**
 * The one shape of an English message table: every key of its Chinese table, so a text
 * added in Chinese without its English is a type error rather than a silent fallback.
 */
export type EnglishFor<ZhTable> = { readonly [Key in keyof ZhTable]: string };
