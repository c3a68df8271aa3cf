import { bankAccountPack } from '@sprout/examples/packs/bank-account';
import { catalogWithPacks, createBlankDefinition } from '@sprout/shared';
import { describe, expect, it } from 'vitest';
import { createNode } from '../commands/create-node.ts';
import { createEditorStore } from '../store/index.ts';
import { checkDefinition } from './checks.ts';
import { matchesSearch } from './palette-search.ts';

const BANK = 'examples.bankAccount';

describe('the builder works from its app catalog, not the core one', () => {
  const catalog = catalogWithPacks([{ manifest: bankAccountPack }]);

  it('finds the pack component in the palette search as a core one', () => {
    expect(
      catalog
        .all()
        .filter((m) => matchesSearch(m, '银行'))
        .map((m) => m.type),
    ).toEqual([BANK]);
  });

  it('adds it with its manifest defaults and checks the draft with the same catalog', () => {
    const store = createEditorStore({ definition: createBlankDefinition('补贴发放'), catalog });
    const page = store.getState().definition.pages[0]!.id;
    const node = createNode(store.getState().definition, BANK, store.getState().catalog);
    store.getState().dispatch({ kind: 'insert-node', node, at: { pageId: page, index: 0 } });
    const def = store.getState().definition;
    expect(def.pages[0]?.nodes[0]).toMatchObject({
      id: 'bankAccount-1',
      name: 'bankAccount',
      type: BANK,
      props: { label: '银行账户' },
    });
    expect(checkDefinition(def, 'zh-CN', catalog).errors).toEqual([]);
    const coreOnly = checkDefinition(def, 'zh-CN');
    expect(coreOnly.errors.map((e) => e.message)).toContain(`组件类型 ${BANK} 不存在`);
  });
});
