import { describe, expect, it } from 'vitest';
import { regionPickerRoots } from './region-roots.ts';
import type { AppDefinition } from './types.ts';

const definition = (nodes: unknown[]) => ({ pages: [{ id: 'p1', nodes }] }) as unknown as AppDefinition;

describe('regionPickerRoots', () => {
  it('names each picker’s first level once: its root, or the provinces', () => {
    const def = definition([
      { id: 'a', type: 'region', name: 'home', props: {} },
      { id: 'b', type: 'address', name: 'work', props: { root: '330110' } },
      { id: 'c', type: 'text', name: 'x', props: { root: '11' } },
      {
        id: 'd',
        type: 'repeat',
        name: 'family',
        props: {},
        children: [{ id: 'e', type: 'region', name: 'born', props: { root: '330110' } }],
      },
    ]);
    expect(regionPickerRoots(def)).toEqual(['', '330110']);
  });

  it('is empty for a form without a picker', () => {
    expect(regionPickerRoots(definition([{ id: 'a', type: 'text', name: 'x', props: {} }]))).toEqual([]);
  });
});
