import type { PackUpgrade } from '@sprout/shared/api';
import { describe, expect, it } from 'vitest';
import { upgradeLines } from './upgrade-lines.ts';

const bank = { 'zh-CN': '银行账户', en: 'Bank account' };
const upgrade: PackUpgrade = {
  name: '@examples/bank-account',
  from: '1.0.0',
  to: '2.0.0',
  componentsAdded: ['examples.bankCard'],
  componentsRemoved: [],
  componentsChanged: [
    {
      type: 'examples.bankAccount',
      propsAdded: ['showBranch'],
      propsRemoved: [],
      propsChanged: [],
      valueShapeChanged: false,
      rulesChanged: true,
      exportColumnsChanged: true,
      capabilitiesAdded: ['camera'],
      levelChanged: { from: 'L3', to: 'L4' },
      maskChanged: false,
    },
  ],
  migrations: [{ component: 'examples.bankAccount', since: '2.0.0', rename: { help: 'hint' } }],
  titles: { 'examples.bankAccount': bank, 'examples.bankCard': { 'zh-CN': '银行卡', en: 'Bank card' } },
  propLabels: {
    'examples.bankAccount': {
      showBranch: { 'zh-CN': '填写支行', en: 'Ask for the branch' },
      help: { 'zh-CN': '说明文字', en: 'Help text' },
      hint: { 'zh-CN': '提示', en: 'Hint' },
    },
  },
};

describe('upgradeLines: a pack upgrade in an official’s words', () => {
  it('names components by title and settings by label, in Chinese', () => {
    expect(upgradeLines(upgrade, 'zh-CN')).toEqual([
      { kind: 'added', text: '新增组件：银行卡' },
      {
        kind: 'changed',
        text: '「银行账户」：新增设置 填写支行；校验规则有变化；导出列有变化；需要新能力：摄像头（需重新上架审批）；默认分级 L3 → L4',
      },
      { kind: 'migration', text: '设置「说明文字」改名为「提示」，已填的值会带过去' },
    ]);
  });

  it('speaks English on request and says when only the version number moved', () => {
    expect(upgradeLines(upgrade, 'en')[0]).toEqual({ kind: 'added', text: 'New component: Bank card' });
    const bare = { ...upgrade, componentsAdded: [], componentsChanged: [], migrations: [] };
    expect(upgradeLines(bare, 'en')).toEqual([
      { kind: 'changed', text: 'The components did not change (a new version number only)' },
    ]);
  });
});
