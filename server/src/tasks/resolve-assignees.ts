import type { AssignTarget } from '@sprout/shared/api';
import type { Issue } from '@sprout/shared/result';
import type { Org } from '../storage/types.ts';

/**
 * The orgs a task goes to, chosen among the sender's descendants (never the sender
 * itself, never outside its subtree). Answers issues naming `assign` otherwise.
 * @example resolveAssignees(subtree, senderId, { kind: 'level', level: 'village' })
 */
export function resolveAssignees(
  subtree: readonly Org[],
  senderId: number,
  target: AssignTarget,
): { ok: true; value: number[] } | { ok: false; issues: Issue[] } {
  const below = subtree.filter((o) => o.id !== senderId);
  let ids: number[];
  if (target.kind === 'level') ids = below.filter((o) => o.level === target.level).map((o) => o.id);
  else if (target.kind === 'children') {
    if (!below.some((o) => o.id === target.orgId) && target.orgId !== senderId) {
      return { ok: false, issues: [{ path: 'assign.orgId', message: '该组织不在您的下级范围内' }] };
    }
    ids = below.filter((o) => o.parentId === target.orgId).map((o) => o.id);
  } else {
    const known = new Set(below.map((o) => o.id));
    const bad = target.orgIds.findIndex((id) => !known.has(id));
    if (bad >= 0)
      return { ok: false, issues: [{ path: `assign.orgIds[${bad}]`, message: '该组织不在您的下级范围内' }] };
    ids = [...new Set(target.orgIds)];
  }
  if (ids.length === 0) return { ok: false, issues: [{ path: 'assign', message: '没有符合条件的下级组织' }] };
  return { ok: true, value: ids };
}
