import { describe, expect, it } from 'vitest';
import { createNode } from '../commands/create-node.ts';
import { ids, sampleDefinition } from '../commands/fixtures.ts';
import { type Command, replay } from '../commands/index.ts';
import { createEditorStore } from './create-editor-store.ts';

function storeAt(time = { t: 0 }) {
  return createEditorStore({ definition: sampleDefinition(), revision: 3, now: () => time.t });
}

const script: Command[] = [
  { kind: 'insert-node', node: { id: 'x', type: 'text', name: 'x' }, at: { pageId: 'p1', index: 0 } },
  { kind: 'move-node', id: 'a', to: { pageId: 'p1', parentId: 's', index: 1 } },
  { kind: 'update-props', id: 'x', props: { label: '姓名' } },
  { kind: 'delete-node', id: 'b' },
  { kind: 'move-node', id: 'd', to: { pageId: 'p1', parentId: 'r', index: 0 } },
];

describe('editor store', () => {
  it('applies commands like a pure replay and selects what was inserted or moved', () => {
    const time = { t: 0 };
    const store = storeAt(time);
    for (const cmd of script) {
      time.t += 5000;
      store.getState().dispatch(cmd);
    }
    const s = store.getState();
    expect(s.definition).toEqual(replay(sampleDefinition(), script));
    expect(ids(s.definition.pages[0]?.nodes)).toEqual(['x', 's', 'r']);
    expect(s.selectedId).toBe('d');
    expect(s.pageId).toBe('p1');
    expect(s.past).toHaveLength(5);
    expect(s.saveStatus).toBe('dirty');
  });

  it('undoes every step back to the start and redoes them to the same end', () => {
    const time = { t: 0 };
    const store = storeAt(time);
    const start = store.getState().definition;
    for (const cmd of script) {
      time.t += 5000;
      store.getState().dispatch(cmd);
    }
    const end = store.getState().definition;
    for (let i = 0; i < script.length; i++) {
      store.getState().undo();
      expect(store.getState().definition).toEqual(replay(start, script.slice(0, script.length - 1 - i)));
    }
    expect(store.getState().definition).toBe(start);
    expect(store.getState().saveStatus).toBe('saved');
    store.getState().undo();
    expect(store.getState().definition).toBe(start);
    for (let i = 0; i < script.length; i++) store.getState().redo();
    expect(store.getState().definition).toEqual(end);
    expect(store.getState().future).toHaveLength(0);
  });

  it('a new edit after undo clears the redo stack', () => {
    const store = storeAt();
    store.getState().dispatch(script[0]!);
    store.getState().undo();
    store.getState().dispatch({ kind: 'delete-node', id: 'a' });
    expect(store.getState().future).toHaveLength(0);
    store.getState().redo();
    expect(ids(store.getState().definition.pages[0]?.nodes)).toEqual(['b', 's', 'r']);
  });

  it('coalesces quick typing in one field into one undo step', () => {
    const time = { t: 0 };
    const store = storeAt(time);
    for (const label of ['张', '张三', '张三丰']) {
      time.t += 200;
      store.getState().dispatch({ kind: 'update-props', id: 'a', props: { label } });
    }
    expect(store.getState().past).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().definition.pages[0]?.nodes[0]?.props?.label).toBe('A');
    store.getState().redo();
    expect(store.getState().definition.pages[0]?.nodes[0]?.props?.label).toBe('张三丰');
  });

  it('ignores commands that change nothing', () => {
    const store = storeAt();
    store.getState().dispatch({ kind: 'delete-node', id: 'nope' });
    expect(store.getState().past).toHaveLength(0);
    expect(store.getState().saveStatus).toBe('saved');
  });

  it('tracks saving: markSaved of the current definition is clean; a conflict sticks', () => {
    const store = storeAt();
    store.getState().dispatch({
      kind: 'insert-node',
      node: createNode(store.getState().definition, 'phone'),
      at: { pageId: 'p1', index: 0 },
    });
    const sent = store.getState().definition;
    store.getState().markSaved(sent, 4);
    expect(store.getState()).toMatchObject({ saveStatus: 'saved', revision: 4 });
    store.getState().dispatch({ kind: 'delete-node', id: 'a' });
    expect(store.getState().saveStatus).toBe('dirty');
    store.getState().setSaveStatus('conflict', '别人改过');
    store.getState().dispatch({ kind: 'delete-node', id: 'b' });
    expect(store.getState().saveStatus).toBe('conflict');
  });

  it('undo of a delete restores the selection target and page', () => {
    const store = storeAt();
    store.getState().select('d');
    expect(store.getState().pageId).toBe('p2');
    store.getState().dispatch({ kind: 'delete-node', id: 'd' });
    expect(store.getState().selectedId).toBeUndefined();
    store.getState().dispatch({ kind: 'delete-page', id: 'p2' });
    expect(store.getState().pageId).toBe('p1');
    store.getState().undo();
    store.getState().undo();
    expect(store.getState().definition.pages[1]?.nodes[0]?.id).toBe('d');
  });

  it('shows the fields panel when a node is selected or inserted', () => {
    const store = storeAt();
    store.getState().showPanel('outcomes');
    store.getState().select('a');
    expect(store.getState().panel).toBe('fields');
    store.getState().showPanel('checks');
    store
      .getState()
      .dispatch({ kind: 'insert-node', node: { id: 'n', type: 'text', name: 'n' }, at: { pageId: 'p2', index: 0 } });
    expect(store.getState()).toMatchObject({ panel: 'fields', selectedId: 'n', pageId: 'p2' });
  });
});
