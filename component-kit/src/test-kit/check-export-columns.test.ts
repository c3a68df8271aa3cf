import type { PackManifest } from '@sprout/shared/catalog/pack';
import { describe, expect, it } from 'vitest';
import { checkExportColumns } from './check-export-columns.ts';

const manifest = {
  name: '@acme/bank',
  version: '1.0.0',
  vendor: { name: 'Acme' },
  componentApi: '^1.0.0',
  host: {},
  components: [
    {
      type: 'acme.account',
      title: { 'zh-CN': '银行账户', en: 'Bank account' },
      category: 'china',
      props: { withBank: { kind: 'boolean', label: { 'zh-CN': '导出开户行', en: 'Export the bank' }, default: true } },
      value: { type: 'object', properties: { bank: { type: 'string' }, account: { type: 'string' } } },
      defaultLevel: 'L3',
      mask: { kind: 'bankAccount' },
      capabilities: ['none'],
      widget: 'dist/account.js',
      exportColumns: [
        { key: 'bank', label: { 'zh-CN': '开户银行', en: 'Bank' }, expr: 'IF(props.withBank, value.bank, "")' },
        { key: 'account', label: { 'zh-CN': '银行卡号', en: 'Card number' }, expr: 'value.account' },
      ],
    },
  ],
} as unknown as PackManifest;

describe('checkExportColumns: value → cells through the export code the server runs', () => {
  const value = { bank: '中国银行', account: '6212262201023557228' };

  it('passes when every declared column gives the expected cell, props included', () => {
    const report = checkExportColumns(manifest, 'acme.account', [
      { value, cells: ['中国银行', '6212262201023557228'] },
      { value, cells: ['', '6212262201023557228'], props: { withBank: false } },
      { value: null, cells: [null, null] },
    ]);
    expect(report).toEqual({ ok: true, headings: ['开户银行', '银行卡号'], mismatches: [] });
    expect(checkExportColumns(manifest, 'acme.account', [], { locale: 'en' }).headings).toEqual([
      'Bank',
      'Card number',
    ]);
  });

  it('names the value and the cells it really made when a column is wrong', () => {
    const report = checkExportColumns(manifest, 'acme.account', [{ value, cells: ['中国银行', '7228'] }]);
    expect(report.ok).toBe(false);
    expect(report.mismatches).toEqual([
      { value, expected: ['中国银行', '7228'], actual: ['中国银行', '6212262201023557228'] },
    ]);
  });

  it('refuses a type the pack does not provide, naming it', () => {
    expect(() => checkExportColumns(manifest, 'acme.nothing', [])).toThrow(/acme\.nothing/);
  });
});
