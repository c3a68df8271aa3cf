import { describe, expect, it } from 'vitest';
import { bankAccountPack } from '@sprout/examples/packs/bank-account';
import { diffPacks } from './diff-packs.ts';
import type { PackManifest } from './manifest.ts';

const v1 = bankAccountPack;

function v2(): PackManifest {
  const next = structuredClone(bankAccountPack) as PackManifest;
  next.version = '2.0.0';
  const bank = next.components[0]!;
  bank.props.showBranch = { kind: 'boolean', label: { 'zh-CN': '填写支行', en: 'Ask for the branch' }, default: false };
  delete bank.props.help;
  bank.rules = [];
  bank.capabilities = ['camera'];
  bank.defaultLevel = 'L4';
  bank.exportColumns = [bank.exportColumns![1]!];
  next.components.push({ ...structuredClone(bank), type: 'examples.bankCard', rules: [] });
  next.migrations = [{ component: bank.type, since: '2.0.0', rename: { help: 'hint' } }];
  return next;
}

describe('diffPacks: what an upgrade changes', () => {
  it('lists components added, props added / removed, rules, export columns, capabilities, data level and the migrations that apply', () => {
    expect(diffPacks(v1, v2())).toEqual({
      from: '1.0.0',
      to: '2.0.0',
      componentsAdded: ['examples.bankCard'],
      componentsRemoved: [],
      componentsChanged: [
        {
          type: 'examples.bankAccount',
          propsAdded: ['showBranch'],
          propsRemoved: ['help'],
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
    });
  });

  it('finds nothing between a version and itself, and a removed component going back', () => {
    expect(diffPacks(v1, v1)).toMatchObject({ componentsAdded: [], componentsRemoved: [], componentsChanged: [] });
    expect(diffPacks(v2(), v1).componentsRemoved).toEqual(['examples.bankCard']);
    expect(diffPacks(v2(), v1).migrations).toEqual([]);
  });
});
