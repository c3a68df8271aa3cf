import { describe, expect, it } from 'vitest';
import { isMainlandMobile, maskMobile } from './phone.ts';
import { maskName } from './mask-name.ts';
import { divisionLevelOf } from './division-code.ts';

describe('isMainlandMobile', () => {
  it.each(['13800138000', '+86 138 0013 8000', '8619912345678', '177-1234-5678'])('accepts %s', (n) =>
    expect(isMainlandMobile(n)).toBe(true),
  );
  it.each(['12800138000', '1380013800', '138001380001', '010-12345678', ''])('rejects %s', (n) =>
    expect(isMainlandMobile(n)).toBe(false),
  );
  it('masks the middle digits', () => expect(maskMobile('13800138000')).toBe('138****8000'));
});

describe('maskName and divisionLevelOf', () => {
  it('masks names of every length', () => {
    expect(maskName('张三')).toBe('张*');
    expect(maskName('张小三')).toBe('张*三');
    expect(maskName('欧阳小明')).toBe('欧**明');
    expect(maskName('李')).toBe('李');
  });
  it('knows levels by code length', () => {
    expect(divisionLevelOf('33')).toBe('province');
    expect(divisionLevelOf('330110')).toBe('county');
    expect(divisionLevelOf('330110001')).toBe('township');
    expect(divisionLevelOf('330110001001')).toBe('village');
    expect(divisionLevelOf('3301100')).toBeUndefined();
  });
});
