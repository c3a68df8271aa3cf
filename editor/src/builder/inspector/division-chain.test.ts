import { describe, expect, it } from 'vitest';
import { divisionChain, levelsUpTo } from './division-chain.ts';

describe('division chain', () => {
  it('splits a code into its province, city, county, township and village', () => {
    expect(divisionChain('330110005001')).toEqual(['33', '3301', '330110', '330110005', '330110005001']);
    expect(divisionChain('3301')).toEqual(['33', '3301']);
    expect(divisionChain('')).toEqual([]);
    expect(divisionChain('33x')).toEqual([]);
  });

  it('knows how many menus a level needs', () => {
    expect(levelsUpTo('county')).toBe(3);
    expect(levelsUpTo('village')).toBe(5);
  });
});
