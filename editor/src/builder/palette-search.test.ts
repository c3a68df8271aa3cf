import { coreCatalog } from '@sprout/shared';
import { describe, expect, it } from 'vitest';
import { matchesSearch } from './palette-search.ts';

const find = (q: string) =>
  coreCatalog
    .all()
    .filter((m) => matchesSearch(m, q))
    .map((m) => m.type);

describe('palette search', () => {
  it('finds by Chinese label, English label, pinyin initials and full pinyin', () => {
    expect(find('身份证')).toEqual(['idNumber']);
    expect(find('signature')).toEqual(['signature']);
    expect(find('sfz')).toEqual(['idNumber']);
    expect(find('shouji')).toContain('phone');
    expect(find('')).toHaveLength(coreCatalog.all().length);
  });
});
