import { describe, expect, it } from 'vitest';
import { suggestNameFromLabel } from './field-names.ts';

describe('data key suggestion', () => {
  it('translates common labels, keeps English words, and avoids taken keys', () => {
    expect(suggestNameFromLabel('今日体温', 'number', new Set())).toBe('temperature');
    expect(suggestNameFromLabel('Home town', 'text', new Set())).toBe('homeTown');
    expect(suggestNameFromLabel('姓名', 'text', new Set(['name']))).toBe('name2');
    expect(suggestNameFromLabel('随便', 'radio', new Set())).toBe('radio');
  });
});
