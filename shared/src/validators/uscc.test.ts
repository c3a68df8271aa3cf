import { describe, expect, it } from 'vitest';
import { usccCheckChar, usccProblem } from './uscc.ts';

describe('usccProblem (GB 32100)', () => {
  it.each([
    '91350100M000100Y43',
    '91330000712582811W',
    '91110000802100433B',
    '12100000400010398P', // a public institution
  ])('accepts %s', (code) => expect(usccProblem(code)).toBeNull());

  it.each([
    ['91350100M000100Y44', 'checksum'],
    ['913300007125828118', 'checksum'],
    ['91350100M000100Y4', 'format'],
    ['91350100M000100YI3', 'format'], // I is not in the alphabet
    ['9135A100M000100Y43', 'format'], // the division code must be digits
  ] as const)('rejects %s as %s', (code, problem) => expect(usccProblem(code)).toBe(problem));

  it('computes the check character, including the wrap of 31 to 0', () => {
    expect(usccCheckChar('91350100M000100Y4')).toBe('3');
    for (const first of ['91110000802100433', '12100000400010398']) {
      expect(usccCheckChar(first)).toMatch(/^[0-9A-HJ-NP-RTUWXY]$/);
    }
  });
});
