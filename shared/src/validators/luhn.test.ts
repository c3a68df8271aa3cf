import { describe, expect, it } from 'vitest';
import { hasValidLuhnDigit } from './luhn.ts';

describe('hasValidLuhnDigit', () => {
  it('accepts card numbers whose check digit is right', () => {
    expect(hasValidLuhnDigit('4111111111111111')).toBe(true);
    expect(hasValidLuhnDigit('6212262201023557228')).toBe(true);
  });
  it('refuses a changed digit, letters and blanks', () => {
    expect(hasValidLuhnDigit('4111111111111112')).toBe(false);
    expect(hasValidLuhnDigit('6212262201023557227')).toBe(false);
    expect(hasValidLuhnDigit('41111111111111a1')).toBe(false);
    expect(hasValidLuhnDigit('')).toBe(false);
  });
});
