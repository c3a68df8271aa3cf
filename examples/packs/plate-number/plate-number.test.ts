import { readFileSync } from 'node:fs';
import { checkExportColumns, checkManifest, checkSampleValues } from '@sprout/component-kit/test-kit';
import type { PackManifest } from '@sprout/shared/catalog/pack';
import { describe, expect, it } from 'vitest';
import { PLATE_PATTERN } from './src/plate-format.ts';

const manifest = JSON.parse(readFileSync(new URL('./sprout-pack.json', import.meta.url), 'utf8')) as PackManifest;
const TYPE = 'examples.plateNumber';

describe('中国车牌 pack, through the validation the server runs', () => {
  it('has a manifest the server accepts, with the widget’s own pattern', async () => {
    expect((await checkManifest(import.meta.dirname)).ok).toBe(true);
    const value = manifest.components[0]?.value;
    expect(value?.type === 'string' && value.pattern).toBe(PLATE_PATTERN);
  });

  it('accepts the seven forms and refuses malformed plates', () => {
    const report = checkSampleValues(manifest, TYPE, {
      valid: ['浙A12345', '浙AD12345', '粤B12345F', '沪A1234警', '苏E1234学', '鲁B1234挂', '沪A1234领', '使123456'],
      invalid: ['浙A1234', '浙a12345', 'XA12345', '浙AI2345', '浙A123456789', 12345, ['浙A12345']],
    });
    expect(report).toMatchObject({ ok: true });
  });

  it('applies the builder’s choices: no new-energy plates, no special plates', () => {
    const noNewEnergy = checkSampleValues(
      manifest,
      TYPE,
      { valid: ['浙A12345'], invalid: ['浙AD12345'] },
      { props: { allowNewEnergy: false } },
    );
    expect(noNewEnergy.ok).toBe(true);
    expect(noNewEnergy.messages[0]?.message).toBe('本表不接受新能源车牌');
    const ordinaryOnly = checkSampleValues(
      manifest,
      TYPE,
      { valid: ['浙AD12345'], invalid: ['沪A1234警', '使123456', '沪A1234领'] },
      { props: { allowSpecial: false }, locale: 'en' },
    );
    expect(ordinaryOnly.ok).toBe(true);
    expect(ordinaryOnly.messages[0]?.message).toBe('This form accepts only ordinary and new-energy plates');
  });

  it('exports a plate as the plate and its type, the columns the manifest declares', () => {
    const report = checkExportColumns(manifest, TYPE, [
      { value: '浙A12345', cells: ['浙A12345', '普通号牌'] },
      { value: '浙AD12345', cells: ['浙AD12345', '新能源汽车号牌'] },
      { value: '沪A1234警', cells: ['沪A1234警', '警用汽车号牌'] },
      { value: '使123456', cells: ['使123456', '使馆汽车号牌'] },
    ]);
    expect(report).toEqual({ ok: true, headings: ['车牌号', '号牌种类'], mismatches: [] });
  });
});
