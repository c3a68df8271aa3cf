import { describe, expect, it } from 'vitest';
import { birthDateFromIdNumber, idNumberCheckChar, idNumberProblem, maskIdNumber } from './id-number.ts';

describe('idNumberProblem (GB 11643)', () => {
  it.each([
    '11010519491231002X', // the standard's own example
    '11010519491231002x',
    '440524188001010014',
    '330102199003078176',
    '510104200001010014',
  ])('accepts %s', (id) => expect(idNumberProblem(id)).toBeNull());

  it.each([
    ['110105194912310021', 'checksum'],
    ['330102199003078177', 'checksum'],
    ['11010519491231002', 'format'],
    ['1101051949123100211', 'format'],
    ['11010519491331002X', 'birthdate'],
    ['110105194902300025', 'birthdate'],
    ['11010518000101001X', 'birthdate'],
    ['1101051949123100A2', 'format'],
  ] as const)('rejects %s as %s', (id, problem) => expect(idNumberProblem(id)).toBe(problem));

  it('computes the check character', () => {
    expect(idNumberCheckChar('11010519491231002')).toBe('X');
    expect(idNumberCheckChar('44052418800101001')).toBe('4');
  });

  it('reads the birth date and masks the number', () => {
    expect(birthDateFromIdNumber('11010519491231002X')).toBe('1949-12-31');
    expect(birthDateFromIdNumber('abc')).toBeUndefined();
    expect(maskIdNumber('11010519491231002X')).toBe('110***********002X');
  });
});
