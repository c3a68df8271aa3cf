import type { StatsField } from '@sprout/shared/stats';
import { describe, expect, it } from 'vitest';
import type { FieldColumn } from '../console/columns.ts';
import { statsChoices } from './stats-choices.ts';

const crop: FieldColumn = {
  name: 'crop',
  label: '作物',
  type: 'radio',
  level: 'L1',
  options: [{ value: '稻', label: '稻' }],
};

const fields: StatsField[] = [
  { name: 'crop', label: '作物', kind: 'choice', level: 'L1', options: [{ value: '稻', label: '稻' }] },
  {
    name: 'payee.bank',
    label: { 'zh-CN': '收款账户 · 开户银行', en: 'Payee · Bank' },
    kind: 'choice',
    level: 'L3',
    options: [{ value: '中国银行', label: '中国银行' }],
  },
  { name: 'amount', label: '金额', kind: 'number', level: 'L1' },
];

describe('statsChoices', () => {
  it('adds the counted choices the form’s columns lack, once, in the caller’s language', () => {
    expect(statsChoices([crop], fields, 'en')).toEqual([
      crop,
      {
        name: 'payee.bank',
        label: 'Payee · Bank',
        type: 'select',
        level: 'L3',
        options: [{ value: '中国银行', label: '中国银行' }],
      },
    ]);
  });
});
