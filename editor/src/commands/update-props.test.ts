import { describe, expect, it } from 'vitest';
import { sampleDefinition } from './fixtures.ts';
import { updateNode } from './update-node.ts';
import { updateProps } from './update-props.ts';

describe('update-props and update-node', () => {
  it('merges props and removes those set to undefined', () => {
    let def = updateProps(sampleDefinition(), { kind: 'update-props', id: 'c', props: { label: '姓名', help: 'x' } });
    expect(def.pages[0]?.nodes[2]?.children?.[0]?.props).toEqual({ label: '姓名', help: 'x' });
    def = updateProps(def, { kind: 'update-props', id: 'c', props: { help: undefined } });
    expect(def.pages[0]?.nodes[2]?.children?.[0]?.props).toEqual({ label: '姓名' });
  });
  it('sets node fields and drops empty ones', () => {
    let def = updateNode(sampleDefinition(), {
      kind: 'update-node',
      id: 'b',
      fields: { name: 'age', required: true, visibleWhen: 'a == "x"', level: 'L3' },
    });
    expect(def.pages[0]?.nodes[1]).toMatchObject({ name: 'age', required: true, visibleWhen: 'a == "x"', level: 'L3' });
    def = updateNode(def, { kind: 'update-node', id: 'b', fields: { visibleWhen: '' } });
    expect(def.pages[0]?.nodes[1]).not.toHaveProperty('visibleWhen');
  });
  it('ignores unknown ids', () => {
    const def = sampleDefinition();
    expect(updateProps(def, { kind: 'update-props', id: 'nope', props: { a: 1 } })).toBe(def);
    expect(updateNode(def, { kind: 'update-node', id: 'nope', fields: { required: true } })).toBe(def);
  });
});
