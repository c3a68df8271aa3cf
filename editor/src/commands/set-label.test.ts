import { createBlankDefinition } from '@sprout/shared';
import { describe, expect, it } from 'vitest';
import { createNode } from './create-node.ts';
import { replay } from './index.ts';
import type { SetLabel } from './set-label.ts';

function withRadio() {
  const def = createBlankDefinition('健康申报');
  const node = createNode(def, 'radio');
  const pageId = def.pages[0]!.id;
  return { def: replay(def, [{ kind: 'insert-node', node, at: { pageId, index: 0 } }]), id: node.id };
}

const label = (id: string, text: string, keyLocked = false): SetLabel => ({
  kind: 'set-label',
  id,
  label: text,
  keyLocked,
});

describe('set-label', () => {
  it('gives a new field a key from its label, and lets the key follow while the official retypes it', () => {
    const { def, id } = withRadio();
    let next = replay(def, [label(id, '是否发热')]);
    expect(next.pages[0]!.nodes[0]).toMatchObject({ name: 'shiFouFaRe', props: { label: '是否发热' } });
    next = replay(next, [label(id, '是否咳嗽')]);
    expect(next.pages[0]!.nodes[0]!.name).toBe('shiFouKeSou');
  });

  it('keeps the key once published, once a formula reads it, or once the official chose it', () => {
    const { def, id } = withRadio();
    const named = replay(def, [label(id, '是否发热')]);
    expect(replay(named, [label(id, '发热', true)]).pages[0]!.nodes[0]!.name).toBe('shiFouFaRe');
    const read = { ...named, outcomes: [{ when: 'shiFouFaRe == "是"', result: { code: 'red', label: '红码' } }] };
    expect(replay(read, [label(id, '发热')]).pages[0]!.nodes[0]!.name).toBe('shiFouFaRe');
    const chosen = replay(named, [{ kind: 'update-node', id, fields: { name: 'fever' } }, label(id, '发热')]);
    expect(chosen.pages[0]!.nodes[0]!.name).toBe('fever');
  });
});
