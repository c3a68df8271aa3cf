import { T } from '@sprout/shared';
import { describe, expect, it } from 'vitest';
import { faultIn } from './expression-fault.ts';

const env = (n: string) => ({ visitedRisk: T.string, temperature: T.number })[n];

describe('the word at fault in a typed formula', () => {
  it('marks an unquoted option text, not the same text inside quotes', () => {
    const source = 'visitedRisk == “是” || visitedRisk = 是';
    expect(faultIn(source, env)).toEqual({ start: 36, end: 37 });
    expect(source.slice(36, 37)).toBe('是');
  });

  it('marks where the parser stopped, in what the official typed', () => {
    const source = 'temperature ＞＝ 37.3 @ 1';
    expect(faultIn(source, env)).toEqual({ start: 20, end: 21 });
  });

  it('marks nothing in a correct formula', () => {
    expect(faultIn('visitedRisk = ‘是’', env)).toBeUndefined();
  });
});
