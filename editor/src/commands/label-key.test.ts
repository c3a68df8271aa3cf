import { describe, expect, it } from 'vitest';
import { suggestNameFromLabel } from './label-key.ts';

describe('data key from a label', () => {
  it('uses the everyday key for a few whole labels, keeps English words, and avoids taken keys', () => {
    expect(suggestNameFromLabel('今日体温（℃）', 'number', new Set())).toBe('temperature');
    expect(suggestNameFromLabel('身份证号码', 'idNumber', new Set())).toBe('idNumber');
    expect(suggestNameFromLabel('Home town', 'text', new Set())).toBe('homeTown');
    expect(suggestNameFromLabel('姓名', 'text', new Set(['name']))).toBe('name2');
  });

  it('spells any other Chinese label in pinyin, never a lookalike word inside it', () => {
    expect(suggestNameFromLabel('是否去过中高风险地区', 'radio', new Set())).toBe('shiFouQuGuoZhongGaoFengXianDiQu');
    expect(suggestNameFromLabel('是否发热', 'radio', new Set(['shiFouFaRe']))).toBe('shiFouFaRe2');
    expect(suggestNameFromLabel('返乡日期', 'date', new Set())).toBe('fanXiangRiQi');
    expect(suggestNameFromLabel('2 号楼住户', 'text', new Set())).toBe('text');
  });

  it('keeps keys short enough to read, cut between syllables', () => {
    const key = suggestNameFromLabel('过去十四天内是否接触过来自中高风险地区的人员', 'radio', new Set());
    expect(key.length).toBeLessThanOrEqual(32);
    expect(key).toMatch(/^guoQuShiSiTianNei/);
  });
});
