import { describe, expect, it } from 'vitest';
import { DEFAULT_DISPLAY_PREFS, displayPrefsToken, parseDisplayPrefsToken } from './display-prefs.ts';

describe('display prefs token', () => {
  it.each([
    [{ locale: 'zh-CN', largeText: false }, 'zh-CN'],
    [{ locale: 'zh-CN', largeText: true }, 'zh-CN.large'],
    [{ locale: 'en', largeText: false }, 'en'],
    [{ locale: 'en', largeText: true }, 'en.large'],
  ] as const)('%o is %s and reads back', (prefs, token) => {
    expect(displayPrefsToken(prefs)).toBe(token);
    expect(parseDisplayPrefsToken(token)).toEqual(prefs);
  });

  it.each([undefined, null, '', 'fr', 'fr.large', '.large', 'en.LARGE', 'en large'])(
    'reads %o as the default choice',
    (token) => {
      expect(parseDisplayPrefsToken(token)).toEqual(DEFAULT_DISPLAY_PREFS);
    },
  );
});
