import { describe, expect, it } from 'vitest';
import { normalizePlate, PLATE_PATTERN, plateKind, PROVINCES, splitPlate } from './plate-format.ts';

describe('中国车牌 forms', () => {
  it.each([
    ['浙A12345', 'ordinary'],
    ['京AB1C23', 'ordinary'],
    ['浙AD12345', 'newEnergy'],
    ['粤B12345F', 'newEnergy'],
    ['沪A1234警', 'police'],
    ['苏E1234学', 'coach'],
    ['鲁B1234挂', 'trailer'],
    ['沪A1234领', 'consulate'],
    ['使123456', 'embassy'],
  ])('%s is %s, and the manifest pattern accepts it', (plate, kind) => {
    expect(plateKind(plate)).toBe(kind);
    expect(new RegExp(PLATE_PATTERN, 'u').test(plate)).toBe(true);
  });

  it.each(['浙A1234', '浙AI2345', 'XA12345', '浙a12345', '浙A123456789', '浙AZ12345', '使12345', '港A12345'])(
    'refuses %s',
    (plate) => {
      expect(plateKind(plate)).toBeUndefined();
      expect(new RegExp(PLATE_PATTERN, 'u').test(plate)).toBe(false);
    },
  );

  it('has the 31 provinces', () => {
    expect(new Set(PROVINCES).size).toBe(31);
  });

  it('normalizes what residents type', () => {
    expect(normalizePlate(' 浙a·12345 ')).toBe('浙A12345');
    expect(normalizePlate('浙AO1234I')).toBe('浙A012341');
    expect(splitPlate('浙A12345')).toEqual({ head: '浙', rest: 'A12345' });
    expect(splitPlate('使123456')).toEqual({ head: '使', rest: '123456' });
    expect(splitPlate('A12')).toEqual({ head: '', rest: 'A12' });
  });
});
