import { describe, expect, it } from 'vitest';
import { createEditorStore } from '../store/create-editor-store.ts';
import { sampleDefinition } from './fixtures.ts';
import { publishedNames, respectLockedKeys } from './locked-keys.ts';

describe('keys stable once published', () => {
  it('locks the keys of every published version, not those added since', () => {
    const v1 = sampleDefinition();
    const v2 = sampleDefinition();
    v2.pages[0]!.nodes.push({ id: 'e', type: 'text', name: 'phone' });
    v2.computed = [{ name: 'fever', expr: 'b > 37' }];
    expect([...publishedNames([v1, v2])].sort()).toEqual(['a', 'b', 'c', 'd', 'fever', 'phone', 'rows']);
    expect(publishedNames([]).size).toBe(0);
  });

  it('refuses to rename a published key but renames a key added since', () => {
    const draft = sampleDefinition();
    draft.pages[0]!.nodes.push({ id: 'n', type: 'text', name: 'text1', props: { label: '新问题' } });
    const store = createEditorStore({ definition: draft, lockedNames: publishedNames([sampleDefinition()]) });
    store.getState().dispatch({ kind: 'update-node', id: 'a', fields: { name: 'renamed' } });
    expect(store.getState().past).toHaveLength(0);
    store.getState().dispatch({ kind: 'update-node', id: 'n', fields: { name: 'phone' } });
    const nodes = store.getState().definition.pages[0]!.nodes;
    expect(nodes.map((n) => n.name)).toEqual(['a', 'b', undefined, 'rows', 'phone']);
  });

  it('keeps the other fields of an update that also tried to rename a published key', () => {
    const def = sampleDefinition();
    const cmd = respectLockedKeys(
      def,
      { kind: 'update-node', id: 'b', fields: { name: 'x', required: true } },
      new Set(['b']),
    );
    expect(cmd).toEqual({ kind: 'update-node', id: 'b', fields: { required: true } });
  });

  it('a published key does not follow its label; a new one does', () => {
    const draft = sampleDefinition();
    draft.pages[0]!.nodes.push({ id: 'n', type: 'text', name: 'text1' });
    const store = createEditorStore({ definition: draft, lockedNames: ['text1'] });
    store.getState().dispatch({ kind: 'set-label', id: 'n', label: '手机号', keyLocked: false });
    expect(store.getState().definition.pages[0]!.nodes[4]!.name).toBe('text1');
    const fresh = createEditorStore({ definition: draft });
    fresh.getState().dispatch({ kind: 'set-label', id: 'n', label: '手机号', keyLocked: false });
    expect(fresh.getState().definition.pages[0]!.nodes[4]!.name).toBe('phone');
  });

  it('locks what was just published, and keeps a published computed value’s name', () => {
    const draft = { ...sampleDefinition(), computed: [{ name: 'value1', expr: 'b > 37', label: '是否发热' }] };
    const store = createEditorStore({ definition: draft });
    store.getState().lockNames(['value1']);
    store.getState().dispatch({ kind: 'set-computed', computed: [{ name: 'fever', expr: 'b > 38' }] });
    expect(store.getState().definition.computed).toEqual([{ name: 'value1', expr: 'b > 38' }]);
    // Deleting a published computed value is still allowed (its stored answers stay in old rows).
    store.getState().dispatch({ kind: 'set-computed', computed: [] });
    expect(store.getState().definition.computed).toEqual([]);
  });
});
