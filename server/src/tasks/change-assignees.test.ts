import { describe, expect, it } from 'vitest';
import type { Org } from '../storage/types.ts';
import { changeAssignees } from './change-assignees.ts';

const org = (id: number, parentId: number | null, level: Org['level']): Org =>
  ({ id, parentId, level, name: `o${id}`, code: String(id), disabled: false }) as Org;
// Sender 1 (township) with villages 2, 3, 4.
const subtree = [org(1, null, 'township'), org(2, 1, 'village'), org(3, 1, 'village'), org(4, 1, 'village')];

describe('changeAssignees', () => {
  it('adds new orgs, removes current ones and keeps the rest in order', () => {
    const r = changeAssignees(subtree, 1, [2, 3], { add: { kind: 'list', orgIds: [4, 3] }, remove: [2] });
    expect(r).toEqual({ ok: true, value: { next: [3, 4], added: [4], removed: [2] } });
  });

  it('adds every org at a level, like sending', () => {
    const r = changeAssignees(subtree, 1, [2], { add: { kind: 'level', level: 'village' } });
    expect(r.ok && r.value.added).toEqual([3, 4]);
  });

  it('names the bad entry: an org outside the sender, a removal that is not assigned, none left', () => {
    expect(changeAssignees(subtree, 1, [2], { add: { kind: 'list', orgIds: [2, 9] } })).toMatchObject({
      ok: false,
      issues: [{ path: 'add.orgIds[1]' }],
    });
    expect(changeAssignees(subtree, 1, [2], { remove: [2, 3] })).toMatchObject({
      ok: false,
      issues: [{ path: 'remove[1]' }],
    });
    expect(changeAssignees(subtree, 1, [2], { remove: [2] })).toMatchObject({
      ok: false,
      issues: [{ path: 'remove' }],
    });
    expect(changeAssignees(subtree, 1, [2], {})).toMatchObject({ ok: false, issues: [{ path: 'add' }] });
  });
});
