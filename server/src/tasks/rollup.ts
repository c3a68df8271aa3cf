import type { RollupRow, TaskRollup } from '@sprout/shared/api';
import type { Catalog } from '@sprout/shared/catalog';
import type { AppDefinition } from '@sprout/shared/definition';
import {
  type AggregateGroup,
  combineGroups,
  type StatsField,
  statsFields,
  suppressSmallCells,
} from '@sprout/shared/stats';
import type { Period } from '@sprout/shared/tasks';
import type { Task } from '../storage/task-types.ts';
import type { Org, Storage } from '../storage/types.ts';

export interface RollupInput {
  task: Task;
  period: Period;
  definition: AppDefinition;
  catalog: Catalog;
  scopeOrgId: number;
  /** The org whose children are the rows (the caller's org unless drilled). */
  drillOrgId: number;
  now: Date;
}

const empty = (key: string): AggregateGroup => ({ key, count: 0, numbers: {}, choices: {}, dates: {} });

/** The fields a rollup sums and counts: numbers and choices. */
export function rollupFields(definition: AppDefinition, catalog: Catalog): StatsField[] {
  return statsFields(definition, catalog).filter((f) => f.kind !== 'date');
}

/** The aggregate query of a task period: numbers summed / averaged / min / max, choices counted. */
export function rollupQuery(input: RollupInput, fields: StatsField[]) {
  return {
    appId: input.task.appId,
    scopeOrgId: input.scopeOrgId,
    filter: { task: { taskId: input.task.id, periodKey: input.period.key } },
    numbers: fields.filter((f) => f.kind === 'number').map((f) => f.name),
    choices: fields.filter((f) => f.kind !== 'number').map((f) => f.name),
  };
}

/**
 * Children of the drilled org that hold an assignee or a report (or are one), in code
 * order: an org removed from the task after reporting keeps its row for that period.
 */
function rowOrgs(subtree: readonly Org[], drill: Org, members: readonly number[]): Org[] {
  const byId = new Map(subtree.map((o) => [o.id, o]));
  const hits = new Set<number>();
  for (const id of members) {
    let org = byId.get(id);
    while (org && org.parentId !== null && org.parentId !== drill.id) org = byId.get(org.parentId);
    if (org && org.parentId === drill.id) hits.add(org.id);
  }
  return subtree.filter((o) => hits.has(o.id)).sort((a, b) => a.code.localeCompare(b.code));
}

/**
 * A period's rollup at one level of the tree, computed by the database: a row per
 * child org (its subtree summed), the drilled org's own report if it has one, and the
 * total (the rows combined: one pass over the reports, not two).
 */
export async function taskRollup(storage: Storage, input: RollupInput): Promise<TaskRollup> {
  const fields = rollupFields(input.definition, input.catalog);
  const base = rollupQuery(input, fields);
  const subtree = await storage.orgs.subtree({ orgId: input.drillOrgId });
  const drill = subtree[0] as Org;
  const [groups, path] = await Promise.all([
    storage.aggregates.aggregate({ ...base, group: { by: 'org-children', parentOrgId: drill.id } }),
    storage.orgs.ancestors(drill.id),
  ]);
  // The rows cover everything under the drilled org, so they add up to its total exactly.
  const total = combineGroups(groups, 'all');
  const byKey = new Map(suppressSmallCells(groups, fields).map((g) => [g.key, g]));
  const inner = new Set(subtree.flatMap((o) => (o.parentId !== null ? [o.parentId] : [])));
  const rows: RollupRow[] = rowOrgs(subtree, drill, [...input.task.assignees, ...groups.map((g) => Number(g.key))]).map(
    (o) => ({
      orgId: o.id,
      name: o.name,
      hasChildren: inner.has(o.id),
      group: byKey.get(String(o.id)) ?? empty(String(o.id)),
    }),
  );
  const own = byKey.get(String(drill.id));
  if (own) rows.unshift({ orgId: drill.id, name: drill.name, hasChildren: false, group: own });
  return {
    period: input.period,
    fields,
    parent: { orgId: drill.id, name: drill.name },
    path: path.slice(path.findIndex((o) => o.id === input.scopeOrgId)).map((o) => ({ orgId: o.id, name: o.name })),
    rows,
    total: suppressSmallCells([total], fields)[0] as AggregateGroup,
    extractedAt: input.now.toISOString(),
  };
}
