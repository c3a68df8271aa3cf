import { type Locale, localize } from '@sprout/shared/i18n';
import { type AggregateGroup, combineGroups, type StatsField } from '@sprout/shared/stats';
import { chinaTimeLabel, deadlineLabel, type Period } from '@sprout/shared/tasks';
import type { Task } from '../storage/task-types.ts';
import type { Org, Storage } from '../storage/types.ts';
import { rollupFields, rollupQuery } from './rollup.ts';
import type { Catalog } from '@sprout/shared/catalog';
import type { AppDefinition } from '@sprout/shared/definition';

export type Cell = string | number | null;

/** A report laid out like the paper form: title lines, a header, then rows. */
export interface PaperReport {
  title: string;
  lines: string[];
  header: string[];
  rows: Array<{ kind: 'org' | 'subtotal' | 'total'; cells: Cell[] }>;
}

interface Column {
  header: string;
  cell: (g: AggregateGroup | undefined) => Cell;
}

function columnsOf(fields: StatsField[], locale: Locale): Column[] {
  const cols: Column[] = [{ header: '已报数', cell: (g) => g?.count ?? 0 }];
  for (const f of fields) {
    const label = localize(f.label, locale) || f.name;
    if (f.kind === 'number') {
      cols.push({ header: label, cell: (g) => (g ? (g.numbers[f.name]?.sum ?? null) : null) });
      continue;
    }
    for (const o of f.options ?? []) {
      const option = localize(o.label, locale) || o.value;
      cols.push({ header: `${label}：${option}`, cell: (g) => (g ? (g.choices[f.name]?.[o.value] ?? 0) : null) });
    }
  }
  return cols;
}

export interface PaperReportInput {
  task: Task;
  period: Period;
  definition: AppDefinition;
  catalog: Catalog;
  scopeOrgId: number;
  locale: Locale;
  now: Date;
}

/**
 * The rollup as a paper report (汇总表): one row per assigned org with its report,
 * a 小计 row after each child of the caller's org (a township's villages), and a
 * 合计 row; numbers summed, choices counted, all computed by the database.
 */
export async function paperReport(storage: Storage, input: PaperReportInput): Promise<PaperReport> {
  const fields = rollupFields(input.definition, input.catalog);
  const base = rollupQuery({ ...input, drillOrgId: input.scopeOrgId }, fields);
  // One pass over the reports, grouped by org; subtotals and the total combine those groups.
  const [leaves, subtree] = await Promise.all([
    storage.aggregates.aggregate({ ...base, group: { by: 'org' } }),
    storage.orgs.subtree({ orgId: input.scopeOrgId }),
  ]);
  const leafBy = new Map(leaves.map((g) => [g.key, g]));
  const cols = columnsOf(fields, input.locale);
  const byId = new Map(subtree.map((o) => [o.id, o]));
  // Orgs removed from the task after reporting keep their row in that period's report.
  const members = new Set([...input.task.assignees, ...leaves.map((g) => Number(g.key))]);
  const assigned = [...members].filter((id) => byId.has(id));
  const branchOf = (org: Org): Org => {
    let o = org;
    while (o.parentId !== null && o.parentId !== input.scopeOrgId && byId.has(o.parentId)) o = byId.get(o.parentId)!;
    return o;
  };
  const branches = new Map<number, Org[]>();
  for (const id of assigned) {
    const org = byId.get(id)!;
    const branch = org.id === input.scopeOrgId ? org : branchOf(org);
    branches.set(branch.id, [...(branches.get(branch.id) ?? []), org]);
  }
  const rows: PaperReport['rows'] = [];
  const orgRow = (o: Org) => {
    const g = leafBy.get(String(o.id));
    return { kind: 'org' as const, cells: [o.name, g ? '已报' : '未报', ...cols.map((c) => c.cell(g ?? undefined))] };
  };
  const sortedBranches = [...branches.keys()].map((id) => byId.get(id)!).sort((a, b) => a.code.localeCompare(b.code));
  for (const branch of sortedBranches) {
    const members = branches.get(branch.id)!.sort((a, b) => a.code.localeCompare(b.code));
    for (const o of members) rows.push(orgRow(o));
    if (!(members.length === 1 && members[0]!.id === branch.id)) {
      const g = combineGroups(
        members.flatMap((o) => leafBy.get(String(o.id)) ?? []),
        String(branch.id),
      );
      rows.push({ kind: 'subtotal', cells: [`${branch.name} 小计`, '', ...cols.map((c) => c.cell(g) ?? 0)] });
    }
  }
  const total = combineGroups(
    assigned.flatMap((id) => leafBy.get(String(id)) ?? []),
    'all',
  );
  rows.push({ kind: 'total', cells: ['合计', '', ...cols.map((c) => c.cell(total) ?? 0)] });
  return {
    title: input.task.title,
    lines: [
      `填报周期：${input.period.start} 至 ${input.period.end}（截止 ${deadlineLabel(input.period.deadline)}）`,
      `数据提取时间：${chinaTimeLabel(input.now.toISOString())}`,
    ],
    header: ['单位', '填报情况', ...cols.map((c) => c.header)],
    rows,
  };
}
