import {
  DEFAULT_DISPLAY_PREFS,
  DISPLAY_PREFS_COOKIE,
  type DisplayPrefs,
  displayPrefsToken,
  isLocale,
} from '@sprout/shared/i18n';
import type { EnumerableStorage, KeyValueStorage } from '../../drafts/draft-store.ts';

/** The resident's display choices, remembered on this device. */
export type Prefs = DisplayPrefs;

const KEY = 'sprout:prefs';
const YEAR_SECONDS = 365 * 24 * 60 * 60;

export function loadPrefs(storage: KeyValueStorage | undefined): Prefs {
  try {
    const raw = JSON.parse(storage?.getItem(KEY) ?? '{}') as Partial<Prefs>;
    return {
      locale: isLocale(raw.locale) ? raw.locale : DEFAULT_DISPLAY_PREFS.locale,
      largeText: raw.largeText === true,
    };
  } catch {
    return DEFAULT_DISPLAY_PREFS;
  }
}

/** Remembers the choice on this device, and tells the server (`shareWithServer`) so its next page fits. */
export function savePrefs(storage: KeyValueStorage | undefined, prefs: Prefs, doc?: Document): void {
  try {
    storage?.setItem(KEY, JSON.stringify(prefs));
  } catch {
    // Blocked storage: the choice holds for this visit only.
  }
  if (doc) shareWithServer(doc, prefs);
}

/**
 * Writes the choice into a cookie (unless it already holds it): the server renders the next
 * resident page in this language and text size, so the page's code keeps the server's form
 * (and what was typed into it) instead of replacing it. Not a secret and not personal: read
 * by scripts, sent to every Sprout page.
 */
export function shareWithServer(doc: Document, prefs: Prefs): void {
  const token = displayPrefsToken(prefs);
  // No cookie reads as the default choice, so a device that never chose sends none.
  if ((sharedToken(doc) ?? displayPrefsToken(DEFAULT_DISPLAY_PREFS)) === token) return;
  const secure = doc.location?.protocol === 'https:' ? '; Secure' : '';
  doc.cookie = `${DISPLAY_PREFS_COOKIE}=${token}; Path=/; Max-Age=${YEAR_SECONDS}; SameSite=Lax${secure}`;
}

function sharedToken(doc: Document): string | undefined {
  const prefix = `${DISPLAY_PREFS_COOKIE}=`;
  for (const part of doc.cookie.split(';')) {
    const cookie = part.trim();
    if (cookie.startsWith(prefix)) return cookie.slice(prefix.length);
  }
  return undefined;
}

/** localStorage if the browser lets the page use it (it throws in some private modes). */
export function browserStorage(): EnumerableStorage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
