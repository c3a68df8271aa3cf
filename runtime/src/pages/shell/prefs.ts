import { DEFAULT_LOCALE, isLocale, type Locale } from '@sprout/shared/i18n';
import type { EnumerableStorage, KeyValueStorage } from '../../drafts/draft-store.ts';

/** The resident's display choices, remembered on this device. */
export interface Prefs {
  locale: Locale;
  largeText: boolean;
}

const KEY = 'sprout:prefs';

export function loadPrefs(storage: KeyValueStorage | undefined): Prefs {
  try {
    const raw = JSON.parse(storage?.getItem(KEY) ?? '{}') as Partial<Prefs>;
    return { locale: isLocale(raw.locale) ? raw.locale : DEFAULT_LOCALE, largeText: raw.largeText === true };
  } catch {
    return { locale: DEFAULT_LOCALE, largeText: false };
  }
}

export function savePrefs(storage: KeyValueStorage | undefined, prefs: Prefs): void {
  try {
    storage?.setItem(KEY, JSON.stringify(prefs));
  } catch {
    // Blocked storage: the choice holds for this visit only.
  }
}

/** localStorage if the browser lets the page use it (it throws in some private modes). */
export function browserStorage(): EnumerableStorage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
