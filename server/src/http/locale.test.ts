import { describe, expect, it } from 'vitest';
import { pickLocale } from './locale.ts';
import { chinaDayStart } from './views.ts';

describe('pickLocale', () => {
  it('defaults to zh-CN and follows the first acceptable language by weight', () => {
    expect(pickLocale(undefined)).toBe('zh-CN');
    expect(pickLocale('en-US,en;q=0.9')).toBe('en');
    expect(pickLocale('zh-TW,en;q=0.5')).toBe('zh-CN');
    expect(pickLocale('fr;q=1, en;q=0.8, zh;q=0.9')).toBe('zh-CN');
    expect(pickLocale('en;q=0, zh-CN;q=0.1')).toBe('zh-CN');
    expect(pickLocale('de')).toBe('zh-CN');
  });
});

describe('chinaDayStart', () => {
  it('is midnight in China as a UTC instant', () => {
    expect(chinaDayStart(new Date('2026-03-02T15:59:00Z'))).toBe('2026-03-01T16:00:00.000Z');
    expect(chinaDayStart(new Date('2026-03-02T16:00:00Z'))).toBe('2026-03-02T16:00:00.000Z');
  });
});
