import { describe, expect, it } from 'vitest';
import { jsonString, tenthsText } from './line-text.ts';

describe('jsonString', () => {
  it('writes what JSON.stringify writes, plain or escaped', () => {
    for (const value of [
      '0b9c7a4e-8f57-4d0b-9c55-3a1f1f2f3e4d',
      'GET',
      'a.b:c_d',
      '',
      'id-"1"',
      'a\\b',
      'x\ny',
      '/a/健康码',
    ]) {
      expect(jsonString(value).text).toBe(JSON.stringify(value));
    }
  });

  it('says ASCII only of text that is', () => {
    expect(jsonString('r-1').ascii).toBe(true);
    expect(jsonString('/api/v1/apps/:id').ascii).toBe(true);
    expect(jsonString('id-"1"').ascii).toBe(true);
    expect(jsonString('/a/健康码').ascii).toBe(false);
    expect(jsonString('café').ascii).toBe(false);
  });
});

describe('tenthsText', () => {
  it('writes a duration in tenths as String does', () => {
    for (let tenths = 0; tenths < 5_000; tenths++) {
      const ms = Math.round((tenths / 10) * 10) / 10;
      expect(tenthsText(ms)).toBe(String(ms));
    }
    for (const ms of [123456.7, 1e6, 0.3, 2.5, 99.9]) expect(tenthsText(ms)).toBe(String(ms));
  });

  it('leaves any other number to String', () => {
    for (const ms of [0.25, 1 / 3, -1.5, Number.NaN, 1e21, 2 ** 60]) expect(tenthsText(ms)).toBe(String(ms));
  });
});
