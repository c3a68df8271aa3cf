import { describe, expect, it } from 'vitest';
import { createBlankDefinition } from '../../definition/defaults.ts';
import type { AppDefinition } from '../../definition/types.ts';
import { applyPropMigrations } from './apply-prop-migrations.ts';

function app(): AppDefinition {
  const def = createBlankDefinition('t');
  def.pages[0]!.nodes = [
    { id: 'a', type: 'acme.plate', name: 'plate', props: { label: '车牌', ev: true } },
    { id: 's', type: 'section', children: [{ id: 'b', type: 'acme.plate', name: 'plate2', props: { mode: 'x' } }] },
    { id: 'c', type: 'text', name: 'other', props: { ev: 'kept' } },
  ];
  return def;
}

describe('applyPropMigrations', () => {
  it('renames and defaults the props of the migrated type only, inside sections too, without touching the input', () => {
    const before = app();
    const after = applyPropMigrations(before, [
      { component: 'acme.plate', since: '2.0.0', rename: { ev: 'allowEv' }, defaults: { mode: 'keypad' } },
    ]);
    expect(after.pages[0]!.nodes[0]!.props).toEqual({ label: '车牌', allowEv: true, mode: 'keypad' });
    expect(after.pages[0]!.nodes[1]!.children![0]!.props).toEqual({ mode: 'x' });
    expect(after.pages[0]!.nodes[2]!.props).toEqual({ ev: 'kept' });
    expect(before.pages[0]!.nodes[0]!.props).toEqual({ label: '车牌', ev: true });
  });
});
