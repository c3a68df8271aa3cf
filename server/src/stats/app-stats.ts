import type { AppStatsResponse } from '@sprout/shared/api';
import type { Catalog } from '@sprout/shared/catalog';
import type { AppDefinition } from '@sprout/shared/definition';
import { type Locale, localize } from '@sprout/shared/i18n';
import {
  type AggregateFilter,
  type AggregateGroup,
  MIN_CELL,
  statsFields,
  suppressSmallCells,
} from '@sprout/shared/stats';
import { invalid } from '../http/problem.ts';
import type { Storage } from '../storage/types.ts';
import { childOrgs, orgRows } from './org-groups.ts';
import { trackStatsFields } from './track-stats-fields.ts';

/**
 * Counters answer every filter but free text (`q`) and exact answers (`fields`): those
 * read each matching row's JSON, several passes of it (the 1M-row bench scanned at about
 * 8 s per pass on a loaded machine), so they are refused over more rows than this, a few
 * seconds' work; narrowing by date, org, status or outcome brings a request under it.
 */
export const SCAN_LIMIT = 50_000;

export interface AppStatsInput {
  appId: number;
  title: string;
  definition: AppDefinition;
  catalog: Catalog;
  /** The caller's org: nothing outside its subtree is counted. */
  scopeOrgId: number;
  filter: AggregateFilter;
  unit: 'day' | 'week';
  /** The org whose children the by-org table shows (the caller's org unless drilled). */
  drillOrgId: number;
  locale: Locale;
  now: Date;
  /** How many rows a free-text or answer filter may read (SCAN_LIMIT unless a test lowers it). */
  scanLimit?: number;
}

const EMPTY: AggregateGroup = { key: 'all', count: 0, numbers: {}, choices: {}, dates: {} };

/** Everything the 统计 page shows, each figure computed by the database, small personal cells withheld. */
export async function appStats(storage: Storage, input: AppStatsInput): Promise<AppStatsResponse> {
  const fields = statsFields(input.definition, input.catalog);
  const names = (kinds: string[]) => fields.filter((f) => kinds.includes(f.kind)).map((f) => f.name);
  const base = { appId: input.appId, scopeOrgId: input.scopeOrgId, filter: input.filter };
  const aggregate = storage.aggregates.aggregate.bind(storage.aggregates);
  await trackStatsFields(storage, input.appId, input.definition, input.catalog);
  await refuseBroadScan(storage, base, input.scanLimit ?? SCAN_LIMIT);
  const [total, overTime, outcomes, byOrg, tree, path] = await Promise.all([
    aggregate({
      ...base,
      group: { by: 'none' },
      numbers: names(['number']),
      choices: names(['choice', 'choices']),
      dates: names(['date']),
      medians: true,
    }),
    aggregate({ ...base, group: { by: input.unit } }),
    aggregate({ ...base, group: { by: 'outcome' } }),
    aggregate({ ...base, group: { by: 'org-children', parentOrgId: input.drillOrgId } }),
    childOrgs(storage, input.drillOrgId),
    storage.orgs.ancestors(input.drillOrgId),
  ]);
  const labels = new Map((input.definition.outcomes ?? []).map((o) => [o.result.code, o.result]));
  return {
    appId: input.appId,
    title: input.title,
    fields,
    total: suppressSmallCells(total.length ? total : [EMPTY], fields)[0] as AggregateGroup,
    overTime: { unit: input.unit, points: overTime.map((g) => ({ key: g.key, count: g.count })) },
    byOutcome: outcomes.map((g) => {
      const o = labels.get(g.key);
      return {
        code: g.key,
        label: o ? localize(o.label, input.locale) : g.key,
        color: o?.color ?? null,
        count: g.count,
      };
    }),
    byOrg: {
      parent: { orgId: tree.parent.id, name: tree.parent.name },
      // The breadcrumb starts at the caller's own org: nothing above it is theirs to drill.
      path: path.slice(path.findIndex((o) => o.id === input.scopeOrgId)).map((o) => ({ orgId: o.id, name: o.name })),
      rows: orgRows(byOrg, tree),
    },
    minCell: MIN_CELL,
    extractedAt: input.now.toISOString(),
  };
}

/** A 422 naming the filters that need a scan when more rows than `limit` would be read. */
async function refuseBroadScan(
  storage: Storage,
  base: { appId: number; scopeOrgId: number; filter: AggregateFilter },
  limit: number,
): Promise<void> {
  const { q, fields, ...countable } = base.filter;
  const scanned = [...(q ? ['q'] : []), ...(fields && Object.keys(fields).length > 0 ? ['fields'] : [])];
  if (scanned.length === 0) return;
  const [all] = await storage.aggregates.aggregate({ ...base, filter: countable, group: { by: 'none' } });
  if ((all?.count ?? 0) <= limit) return;
  throw invalid(
    scanned.map((path) => ({
      path,
      message: `按内容筛选需逐条读取，当前范围有 ${all?.count} 条，超过 ${limit} 条：请先缩小日期、单位或状态范围 (over ${limit} rows to read: narrow the dates, org or status first)`,
    })),
  );
}
