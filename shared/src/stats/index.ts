export { statsFields } from './stats-fields.ts';
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
