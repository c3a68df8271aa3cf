import type { Period } from '@sprout/shared/tasks';
import type { Task } from '../storage/task-types.ts';
import type { Storage } from '../storage/types.ts';

export interface Prefill {
  values: Record<string, unknown>;
  sources: Record<string, 'previous' | 'master' | 'current'>;
  revision: number | null;
  submittedAt: string | null;
}

/**
 * What an org starts a period's report from: its current report when it has one (a
 * correction); otherwise 沿用上期 fields from its latest earlier report and
 * master-bound fields from its master data (master data wins: it is kept current).
 */
export async function prefillFor(storage: Storage, task: Task, period: Period, orgId: number): Promise<Prefill> {
  const current = await storage.tasks.fill(task.id, period.key, orgId);
  if (current) {
    const values = current.submission.values;
    const sources = Object.fromEntries(Object.keys(values).map((k) => [k, 'current' as const]));
    return { values, sources, revision: current.revision, submittedAt: current.submission.submittedAt };
  }
  const values: Record<string, unknown> = {};
  const sources: Prefill['sources'] = {};
  // The latest earlier report, so a missed week does not empty the next one.
  const last = await storage.tasks.latestBefore(task.id, period.key, orgId);
  for (const name of task.prefillFields) {
    const v = last?.submission.values[name];
    if (v !== undefined) [values[name], sources[name]] = [v, 'previous'];
  }
  const master = await storage.masterData.current(orgId);
  for (const [name, key] of Object.entries(task.masterBindings)) {
    const m = master[key];
    if (m !== undefined) [values[name], sources[name]] = [m.value, 'master'];
  }
  return { values, sources, revision: null, submittedAt: null };
}
