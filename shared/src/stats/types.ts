import type { ClassificationLevel } from '../definition/types.ts';
import type { LocalizedText } from '../i18n/locale.ts';

/** How a field is aggregated: one choice, several choices, a number, or a date. */
export type StatsFieldKind = 'choice' | 'choices' | 'number' | 'date';

/** A top-level field the aggregation layer can summarise. */
export interface StatsField {
  /** The answer's name, or `name.part` for a part of a pack field's object value (`STATS_FIELD_KEY`). */
  name: string;
  label: LocalizedText;
  kind: StatsFieldKind;
  level: ClassificationLevel;
  /** The choices offered, in order, for choice fields. */
  options?: Array<{ value: string; label: LocalizedText }>;
}

/**
 * Which submissions an aggregate covers. A structured value, never SQL: each storage
 * engine compiles it (SQLite today, PostgreSQL later), so routes cannot inject SQL.
 */
export interface AggregateFilter {
  status?: string;
  /** ISO instants, `from` inclusive and `to` exclusive. */
  from?: string;
  to?: string;
  /** Free text over the answers, or a receipt code. */
  q?: string;
  /** Outcome code, e.g. `green`. */
  outcome?: string;
  /** Only submissions of this org and its descendants (it must lie in the scope). */
  orgId?: number;
  /** Exact answers of top-level fields or parts (`STATS_FIELD_KEY`): a choice, or one of a multiple choice's values. */
  fields?: Record<string, string>;
  /** Only the submissions of one report task period. */
  task?: { taskId: number; periodKey: string };
}

/**
 * How rows are grouped: not at all, by each child org of `parentOrgId` (submissions
 * of the parent itself fall in the parent's own group), by each org, by China day or
 * week (Monday), or by outcome code.
 */
export type AggregateGrouping =
  | { by: 'none' }
  | { by: 'org-children'; parentOrgId: number }
  | { by: 'org' }
  | { by: 'day' }
  | { by: 'week' }
  | { by: 'outcome' };

export interface AggregateQuery {
  appId: number;
  /** The caller's org: nothing outside its subtree is counted. */
  scopeOrgId: number;
  filter: AggregateFilter;
  group: AggregateGrouping;
  /** Numeric fields to summarise. */
  numbers?: string[];
  /** Choice fields to count (a multiple choice counts each value chosen). */
  choices?: string[];
  /** Date fields whose earliest and latest values are wanted. */
  dates?: string[];
  /** Medians need a sort per field: asked only where shown (ungrouped statistics). */
  medians?: boolean;
}

export interface NumberSummary {
  /** How many rows hold a number in this field. */
  count: number;
  sum: number | null;
  mean: number | null;
  min: number | null;
  max: number | null;
  median?: number | null;
}

/** One group of an aggregate: its key (org id, day, week start, outcome code or `all`). */
export interface AggregateGroup {
  key: string;
  count: number;
  numbers: Record<string, NumberSummary>;
  /** Count per chosen value; a value is `null` where a small cell was suppressed. */
  choices: Record<string, Record<string, number | null>>;
  dates: Record<string, { min: string | null; max: string | null }>;
  /** Fields whose figures in this group were withheld because the group is too small. */
  suppressed?: string[];
}
