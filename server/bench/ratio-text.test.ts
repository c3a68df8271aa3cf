import { describe, expect, it } from 'vitest';
import { ratioText } from './ratio-text.ts';

describe('ratioText', () => {
  it('shows a ratio just under a target as under it', () => {
    expect(ratioText(0.696)).toBe('0.696×');
    expect(ratioText(0.69999)).toBe('0.699×');
    expect(ratioText(0.4999)).toBe('0.499×');
  });

  it('shows exact ratios with three decimals, floats notwithstanding', () => {
    expect(ratioText(0.7)).toBe('0.700×');
    expect(ratioText(1.39)).toBe('1.390×');
    expect(ratioText(0.57)).toBe('0.570×');
  });
});
