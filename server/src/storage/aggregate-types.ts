import type { AggregateGroup, AggregateQuery } from '@sprout/shared/stats';

/**
 * The one aggregation layer behind app statistics and task rollups: counts, sums and
 * summaries computed by the database over stored values, limited to the caller's
 * subtree. Queries are structured values (`@sprout/shared/stats`); each engine compiles
 * them. Suppressing small cells is the caller's step (`suppressSmallCells`).
 */
export interface AggregateStore {
  /** Groups sorted by key; an org outside the scope yields no groups at all. */
  aggregate(query: AggregateQuery): Promise<AggregateGroup[]>;
  /**
   * Keeps per-app counters for these top-level fields from now on (backfilled from the
   * rows already stored), so statistics over them need no pass over every row. Called
   * on publish and before statistics; idempotent. An engine may answer from the rows
   * alone and do nothing here: the figures must be the same either way.
   */
  trackFields(appId: number, names: readonly string[]): Promise<void>;
}
