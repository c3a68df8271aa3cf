import {
  type AppDefinition,
  type Clock,
  conditionHolds,
  createScope,
  evaluateComputed,
  type OutcomeColor,
  type OutcomeRule,
} from '@sprout/shared';

/** A rule with no condition: 其余情况, which must come last or it hides every rule below it. */
export function isCatchAll(rule: OutcomeRule): boolean {
  return rule.when === undefined || rule.when.trim() === '';
}

/**
 * The rules as the table shows them: conditions in order, a catch-all pinned last. A rule
 * still waiting for its condition above the last one stays where it is (and is flagged).
 */
export function pinCatchAll(rules: readonly OutcomeRule[]): OutcomeRule[] {
  const last = rules[rules.length - 1];
  const at = rules.findIndex(isCatchAll);
  if (at < 0 || (last && isCatchAll(last))) return [...rules];
  const catchAll = rules[at] as OutcomeRule;
  return [...rules.slice(0, at), ...rules.slice(at + 1), catchAll];
}

const PRESETS: Array<{ code: string; label: string; color: OutcomeColor }> = [
  { code: 'green', label: '绿码', color: 'green' },
  { code: 'red', label: '红码', color: 'red' },
  { code: 'yellow', label: '黄码', color: 'yellow' },
];

/**
 * Adds an outcome the way officials expect: the first one is 其余情况 (green), each next one
 * goes above it (red, then yellow) with `when` as its first condition.
 */
export function addOutcome(rules: readonly OutcomeRule[], when: string | undefined): OutcomeRule[] {
  const preset = PRESETS.find((p) => !rules.some((r) => r.result.code === p.code)) ?? {
    code: `result${rules.length + 1}`,
    label: '',
    color: 'blue' as const,
  };
  const pinned = pinCatchAll(rules);
  if (pinned.length === 0) return [{ result: { ...preset } }];
  const rule: OutcomeRule = when ? { when, result: { ...preset } } : { result: { ...preset } };
  const last = pinned[pinned.length - 1] as OutcomeRule;
  return isCatchAll(last) ? [...pinned.slice(0, -1), rule, last] : [...pinned, rule];
}

/** Moves a rule up or down among the conditional rules; the catch-all stays last. */
export function moveOutcome(rules: readonly OutcomeRule[], index: number, by: -1 | 1): OutcomeRule[] {
  const next = [...rules];
  const to = index + by;
  const [rule] = next.splice(index, 1);
  if (!rule || to < 0 || to > next.length) return [...rules];
  next.splice(to, 0, rule);
  return pinCatchAll(next);
}

/**
 * Which rule sample answers meet first (its index), or -1 when none does: the 试一试 panel.
 * Computed values are worked out first, as the server does.
 */
export function matchingOutcome(def: AppDefinition, values: Record<string, unknown>, clock?: Clock): number {
  const computed = evaluateComputed(def, values, clock);
  const scope = createScope(computed, createScope(values));
  return (def.outcomes ?? []).findIndex(
    (rule) => isCatchAll(rule) || conditionHolds(rule.when as string, scope, clock ? { clock } : {}),
  );
}
