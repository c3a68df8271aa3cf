import type { ChangeAssigneesBody } from '@sprout/shared/api';
import type { Issue } from '@sprout/shared/result';
import type { Org } from '../storage/types.ts';
import { resolveAssignees } from './resolve-assignees.ts';

export interface AssigneeChange {
  next: number[];
  added: number[];
  removed: number[];
}

/**
 * The assignee list after adding and removing orgs: additions follow the rules of
 * sending (descendants of the sender only), removals must name current assignees, and
 * a task keeps at least one. Issues name `add…` or `remove[i]`.
 * @example changeAssignees(subtree, senderId, [3, 4], { add: { kind: 'list', orgIds: [5] }, remove: [3] })
 */
export function changeAssignees(
  senderSubtree: readonly Org[],
  senderId: number,
  current: readonly number[],
  body: ChangeAssigneesBody,
): { ok: true; value: AssigneeChange } | { ok: false; issues: Issue[] } {
  const remove = body.remove ?? [];
  if (!body.add && remove.length === 0) {
    return { ok: false, issues: [{ path: 'add', message: '请选择要增加或移除的填报单位' }] };
  }
  let wanted: number[] = [];
  if (body.add) {
    const resolved = resolveAssignees(senderSubtree, senderId, body.add);
    if (!resolved.ok)
      return { ok: false, issues: resolved.issues.map((i) => ({ ...i, path: `add${i.path.slice(6)}` })) };
    wanted = resolved.value;
  }
  const had = new Set(current);
  const bad = remove.findIndex((id) => !had.has(id));
  if (bad >= 0) return { ok: false, issues: [{ path: `remove[${bad}]`, message: '该组织不是本任务的填报单位' }] };
  const dropped = new Set(remove);
  const added = wanted.filter((id) => !had.has(id) && !dropped.has(id));
  const next = [...current.filter((id) => !dropped.has(id)), ...added];
  if (next.length === 0) return { ok: false, issues: [{ path: 'remove', message: '任务至少要有一个填报单位' }] };
  return { ok: true, value: { next, added, removed: [...dropped] } };
}
