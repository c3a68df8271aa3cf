import type { AggregateGroup, StatsField } from '../stats/types.ts';

/** One org's row in a drill-down: the org, whether it has orgs below, and its figures. */
export interface OrgGroup {
  orgId: number;
  name: string;
  hasChildren: boolean;
  count: number;
}

/**
 * `GET /api/v1/apps/:id/stats`: an app's statistics under the submissions table's
 * filters. Figures of L3/L4 fields in cells under `minCell` are withheld (`null`).
 */
export interface AppStatsResponse {
  appId: number;
  title: string;
  fields: StatsField[];
  /** Every matching submission: counts per choice, number summaries with medians, date ranges. */
  total: AggregateGroup;
  /** Submissions per China day or per week (key: the Monday). */
  overTime: { unit: 'day' | 'week'; points: Array<{ key: string; count: number }> };
  byOutcome: Array<{ code: string; label: string; color: string | null; count: number }>;
  /** Counts per child of `parent` (and the parent's own submissions); drill by asking with `org`. */
  byOrg: { parent: { orgId: number; name: string }; path: Array<{ orgId: number; name: string }>; rows: OrgGroup[] };
  minCell: number;
  /** When the figures were computed (ISO). */
  extractedAt: string;
}
