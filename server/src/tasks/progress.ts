import type { ProgressRow, TaskProgress } from '@sprout/shared/api';
import { type FillState, fillState, type Period, progressTree } from '@sprout/shared/tasks';
import type { Task } from '../storage/task-types.ts';
import type { Storage } from '../storage/types.ts';

const ORDER: Record<FillState, number> = { missing: 0, late: 1, open: 2, submitted: 3 };

/**
 * Who has reported in a period, inside the caller's subtree: a row per assigned org
 * (missing first) and the county → township → village tree with percentages.
 */
export async function taskProgress(
  storage: Storage,
  task: Task,
  period: Period,
  scopeOrgId: number,
  now: Date,
): Promise<TaskProgress> {
  const subtree = await storage.orgs.subtree({ orgId: scopeOrgId });
  const byId = new Map(subtree.map((o) => [o.id, o]));
  const fills = new Map(
    (await storage.tasks.fills(task.id, period.key, { orgId: scopeOrgId })).map((f) => [f.orgId, f]),
  );
  const states = new Map<number, FillState>();
  const rows: ProgressRow[] = [];
  // Orgs removed from the task after reporting still show their report for that period.
  for (const orgId of new Set([...task.assignees, ...fills.keys()])) {
    const org = byId.get(orgId);
    if (!org) continue;
    const fill = fills.get(orgId);
    const state = fillState(period.deadline, fill?.submission.submittedAt ?? null, now);
    states.set(orgId, state);
    rows.push({
      orgId,
      name: org.name,
      parentName: org.parentId !== null ? (byId.get(org.parentId)?.name ?? null) : null,
      state,
      submittedAt: fill?.submission.submittedAt ?? null,
      correctedAt: fill?.correctedAt ?? null,
      revision: fill?.revision ?? null,
    });
  }
  rows.sort((a, b) => ORDER[a.state] - ORDER[b.state] || a.orgId - b.orgId);
  return { period, rows, tree: progressTree(subtree, states, scopeOrgId) ?? null, extractedAt: now.toISOString() };
}
