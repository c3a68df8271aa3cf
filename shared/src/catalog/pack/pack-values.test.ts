import { describe, expect, it } from 'vitest';
import { bankAccountPack } from '@sprout/examples/packs/bank-account';
import type { AppDefinition } from '../../definition/types.ts';
import { validateSubmission } from '../../submission/validate-submission.ts';
import type { PackManifest } from './manifest.ts';
import { catalogWithPacks } from './pack-catalog.ts';

/** A plate-number pack written only for this test: a pattern shape and two expression rules. */
const platePack: PackManifest = {
  name: '@test/plate',
  version: '1.0.0',
  vendor: { name: 'Test' },
  componentApi: '^1.0.0',
  host: {},
  components: [
    {
      type: 'test.plate',
      title: { 'zh-CN': '车牌号', en: 'Plate' },
      category: 'china',
      props: { newEnergy: { kind: 'boolean', label: { 'zh-CN': '新能源', en: 'New energy' }, default: true } },
      value: {
        type: 'string',
        pattern: '^[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Z][A-Z0-9]{5,6}$',
      },
      rules: [
        {
          when: 'LEN(value) == 8 && !props.newEnergy',
          message: { 'zh-CN': '不接受新能源车牌', en: 'No new-energy plates' },
        },
        { check: 'LEN(value) == 7 || LEN(value) == 8', message: { 'zh-CN': '长度不对', en: 'Wrong length' } },
      ],
      defaultLevel: 'L3',
      mask: { kind: 'keep', start: 1, end: 2 },
      capabilities: ['none'],
      widget: 'dist/plate.js',
    },
  ],
};

const catalog = catalogWithPacks([{ manifest: bankAccountPack }, { manifest: platePack }]);

function appWith(type: string, props: Record<string, unknown> = {}): AppDefinition {
  return {
    schemaVersion: 2,
    meta: { title: 't' },
    pages: [{ id: 'p', nodes: [{ id: 'n', type, name: 'field', required: true, props }] }],
    settings: {
      submitters: 'anyone',
      anonymous: true,
      oncePer: 'none',
      review: { required: false },
      resultCode: { issue: false },
      retentionDays: 30,
    },
  };
}

const submit = (def: AppDefinition, field: unknown, locale: 'zh-CN' | 'en' = 'zh-CN') =>
  validateSubmission(def, { field }, { catalog, locale });

describe('a composite pack value (银行账户)', () => {
  const def = appWith('examples.bankAccount');

  it('accepts a listed bank and a card number with a right check digit, trimmed', () => {
    const r = submit(def, { bank: '中国工商银行', account: ' 6212262201023557228 ' });
    expect(r).toEqual({
      ok: true,
      value: { values: { field: { bank: '中国工商银行', account: '6212262201023557228' } }, computed: {} },
    });
  });

  it("refuses a wrong check digit with the vendor's message in the asked locale", () => {
    const zh = submit(def, { bank: '中国工商银行', account: '6212262201023557227' });
    expect(zh).toEqual({
      ok: false,
      issues: [{ path: 'field', message: '银行卡号的校验位不正确，请逐位核对', code: 'pack.rule' }],
    });
    const en = submit(def, { bank: '中国工商银行', account: '6212262201023557227' }, 'en');
    expect(en.ok === false && en.issues[0]?.message).toBe("The card number's check digit is wrong; check each digit");
  });

  it('names the part that is wrong: a bank not in the list, a missing or malformed number', () => {
    const notListed = submit(def, { bank: '某某银行', account: '6212262201023557228' });
    expect(notListed.ok === false && notListed.issues[0]).toMatchObject({ path: 'field.bank', code: 'choice.unknown' });
    const missing = submit(def, { bank: '中国银行' });
    expect(missing.ok === false && missing.issues[0]).toMatchObject({ path: 'field.account', code: 'required' });
    const letters = submit(def, { bank: '中国银行', account: '62122622010235572AB' });
    expect(letters.ok === false && letters.issues[0]).toMatchObject({ path: 'field.account', code: 'text.pattern' });
  });

  it('refuses keys the shape does not list and values of the wrong shape', () => {
    const extra = submit(def, { bank: '中国银行', account: '6212262201023557228', pin: '123456' });
    expect(extra.ok === false && extra.issues[0]).toMatchObject({ path: 'field.pin', code: 'field.unknown' });
    const text = submit(def, '6212262201023557228');
    expect(text.ok === false && text.issues[0]).toMatchObject({ path: 'field', code: 'pack.shape' });
  });

  it('exposes the combined value to formulas as a record', () => {
    expect(catalog.get('examples.bankAccount')?.exprType).toEqual({
      t: 'record',
      fields: { bank: { t: 'string' }, account: { t: 'string' } },
    });
  });
});

describe('a widget pack value checked declaratively (车牌号)', () => {
  it.each(['京A12345', '浙AD12345', '沪B9X8Y7'])('accepts %s', (plate) => {
    expect(submit(appWith('test.plate'), plate).ok).toBe(true);
  });

  it.each([
    ['京A1234', 'text.pattern'],
    ['XA12345', 'text.pattern'],
    ['京a12345', 'text.pattern'],
    ['京A123456789', 'text.pattern'],
  ])('refuses %s (%s)', (plate, code) => {
    const r = submit(appWith('test.plate'), plate);
    expect(r.ok === false && r.issues[0]).toMatchObject({ path: 'field', code });
  });

  it('applies rules over props: an 8-character plate is refused when new-energy plates are off', () => {
    expect(submit(appWith('test.plate', { newEnergy: true }), '浙AD12345').ok).toBe(true);
    const off = submit(appWith('test.plate', { newEnergy: false }), '浙AD12345');
    expect(off).toEqual({ ok: false, issues: [{ path: 'field', message: '不接受新能源车牌', code: 'pack.rule' }] });
  });

  it('refuses a non-string sent straight to the API', () => {
    const r = submit(appWith('test.plate'), 12345);
    expect(r.ok === false && r.issues[0]).toMatchObject({ path: 'field', code: 'type.string' });
  });
});

describe('export cells of a pack value', () => {
  it('makes the declared columns of the 银行账户 example from the value', async () => {
    const { packExportCells } = await import('./export-cells.ts');
    const component = bankAccountPack.components[0]!;
    expect(packExportCells(component, { bank: '中国银行', account: '6212262201023557228' })).toEqual([
      '中国银行',
      '6212262201023557228',
    ]);
    expect(packExportCells(component, undefined)).toEqual([null, null]);
  });
});
