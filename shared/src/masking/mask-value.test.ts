import { describe, expect, it } from 'vitest';
import { maskRuleProblem } from './mask-rule.ts';
import { maskValue, WITHHELD } from './mask-value.ts';

describe('maskValue', () => {
  it.each([
    ['11010519491231002X', { kind: 'idNumber' } as const, '110***********002X'],
    ['13800138000', { kind: 'phone' } as const, '138****8000'],
    ['张三', { kind: 'name' } as const, '张*'],
    ['欧阳小明', { kind: 'name' } as const, '欧**明'],
    ['杭州市余杭区径山镇人民政府', { kind: 'name' } as const, '杭州********政府'],
    ['6222 0212 3456 7890', { kind: 'bankAccount' } as const, '****7890'],
    ['91330110MA27XYZ12A', { kind: 'keep', start: 2, end: 4 } as const, '91********Z12A'],
    ['ab', { kind: 'keep', start: 2, end: 4 } as const, '**'],
  ])('%s by %j → %s', (value, rule, expected) => {
    expect(maskValue(value, rule)).toBe(expected);
  });

  it('keeps an address to county level and two characters of the street', () => {
    expect(maskValue({ region: '330110109', detail: '径山村 12 号' }, { kind: 'address' })).toEqual({
      region: '330110',
      detail: '径山******',
    });
  });

  it('withholds files, signatures and anything the rule cannot read', () => {
    const file = { id: 'f1', name: '身份证.jpg', size: 1000, type: 'image/jpeg' };
    expect(maskValue([file], { kind: 'name' })).toBe(WITHHELD);
    expect(maskValue('data:image/png;base64,AAAA', { kind: 'withhold' })).toBe(WITHHELD);
    expect(maskValue({ lat: 30.1, lng: 120.2 }, { kind: 'phone' })).toBe(WITHHELD);
  });

  it('masks a composite value of texts part by part by the manifest’s rule', () => {
    expect(maskValue({ bank: '中国银行', account: '6212262201023557228' }, { kind: 'bankAccount' })).toEqual({
      bank: '中国银行',
      account: '****7228',
    });
    expect(maskValue({ a: '浙A12345' }, { kind: 'keep', start: 1, end: 2 })).toEqual({ a: '浙****45' });
    expect(maskValue({ bank: '中国银行' }, { kind: 'withhold' })).toBe(WITHHELD);
  });

  it('masks list items one by one and numbers as text', () => {
    expect(maskValue(['张三', '李四四'], { kind: 'name' })).toEqual(['张*', '李*四']);
    expect(maskValue(123456, { kind: 'keep', start: 1, end: 1 })).toBe('1****6');
  });

  it('leaves empty answers and `none` alone', () => {
    expect(maskValue('', { kind: 'idNumber' })).toBe('');
    expect(maskValue(undefined, { kind: 'withhold' })).toBeUndefined();
    expect(maskValue('13800138000', { kind: 'none' })).toBe('13800138000');
  });

  it('never shows more than 8 stars, so the length leaks little', () => {
    expect(maskValue('x'.repeat(100), { kind: 'keep', start: 1, end: 1 })).toBe(`x${'*'.repeat(8)}x`);
  });
});

describe('maskRuleProblem', () => {
  it('accepts every declared kind and refuses others, as manifests are vendor data', () => {
    expect(maskRuleProblem({ kind: 'idNumber' })).toBeNull();
    expect(maskRuleProblem({ kind: 'keep', start: 1, end: 2 })).toBeNull();
    expect(maskRuleProblem({ kind: 'keep', start: -1, end: 2 })).toMatch(/start and end/);
    expect(maskRuleProblem({ kind: 'eval' })).toMatch(/kind must be one of/);
    expect(maskRuleProblem('phone')).toMatch(/object/);
  });
});
