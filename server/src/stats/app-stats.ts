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
import type { Storage } from '../storage/types.ts';
import { childOrgs, orgRows } from './org-groups.ts';

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
}

const EMPTY: AggregateGroup = { key: 'all', count: 0, numbers: {}, choices: {}, dates: {} };

/** Everything the 统计 page shows, each figure computed by the database, small personal cells withheld. */
export async function appStats(storage: Storage, input: AppStatsInput): Promise<AppStatsResponse> {
  const fields = statsFields(input.definition, input.catalog);
  const names = (kinds: string[]) => fields.filter((f) => kinds.includes(f.kind)).map((f) => f.name);
  const base = { appId: input.appId, scopeOrgId: input.scopeOrgId, filter: input.filter };
  const aggregate = storage.aggregates.aggregate.bind(storage.aggregates);
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
