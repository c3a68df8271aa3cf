import { describe, expect, it } from 'vitest';
import type { Org } from '../storage/types.ts';
import { resolveAssignees } from './resolve-assignees.ts';

const org = (id: number, parentId: number | null, level: Org['level']): Org => ({
  id,
  parentId,
  name: `o${id}`,
  code: String(id),
  level,
  disabled: false,
});
// A township (1) with two villages, and a second township (4) with one, under the sender county (0).
const subtree = [
  org(0, null, 'county'),
  org(1, 0, 'township'),
  org(2, 1, 'village'),
  org(3, 1, 'village'),
  org(4, 0, 'township'),
  org(5, 4, 'village'),
];

describe('resolveAssignees', () => {
  it('takes every org at a level below the sender', () => {
    expect(resolveAssignees(subtree, 0, { kind: 'level', level: 'village' })).toEqual({ ok: true, value: [2, 3, 5] });
  });

  it('takes the children of one org of the subtree', () => {
    expect(resolveAssignees(subtree, 0, { kind: 'children', orgId: 1 })).toEqual({ ok: true, value: [2, 3] });
    expect(resolveAssignees(subtree, 0, { kind: 'children', orgId: 0 })).toEqual({ ok: true, value: [1, 4] });
  });

  it('refuses orgs outside the subtree, the sender itself, and empty choices, naming the path', () => {
    expect(resolveAssignees(subtree, 0, { kind: 'list', orgIds: [2, 99] })).toMatchObject({
      ok: false,
      issues: [{ path: 'assign.orgIds[1]' }],
    });
    expect(resolveAssignees(subtree, 0, { kind: 'list', orgIds: [0] })).toMatchObject({ ok: false });
    expect(resolveAssignees(subtree, 0, { kind: 'children', orgId: 99 })).toMatchObject({
      ok: false,
      issues: [{ path: 'assign.orgId' }],
    });
    expect(resolveAssignees(subtree, 0, { kind: 'level', level: 'province' })).toMatchObject({
      ok: false,
      issues: [{ path: 'assign' }],
    });
  });
});
