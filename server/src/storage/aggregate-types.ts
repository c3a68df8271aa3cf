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
}
