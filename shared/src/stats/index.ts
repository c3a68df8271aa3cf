export { statsFields } from './stats-fields.ts';
export { STATS_FIELD_KEY, statsFieldPath, statsFieldValue } from './field-path.ts';
export { MIN_CELL, suppressSmallCells } from './suppress-small-cells.ts';
export type {
  AggregateFilter,
  AggregateGroup,
  AggregateGrouping,
  AggregateQuery,
  NumberSummary,
  StatsField,
  StatsFieldKind,
} from './types.ts';
export { statsTables } from './stats-tables.ts';
export type { StatsTable } from './stats-tables.ts';
export { combineGroups } from './combine-groups.ts';
