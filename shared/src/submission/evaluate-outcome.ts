import type { AppDefinition, OutcomeResult } from '../definition/types.ts';
import type { Clock } from '../expr/dates.ts';
import { createScope } from '../expr/scope.ts';
import { conditionHolds } from './visibility.ts';

/**
 * The result of the first outcome rule that holds (a rule with no `when` always holds),
 * or null when the app has no outcome for these answers. The server's word is final.
 * @example evaluateOutcome(healthCode, clean.values, clean.computed)?.code // 'green'
 */
export function evaluateOutcome(
  definition: AppDefinition,
  values: Record<string, unknown>,
  computed: Record<string, unknown> = {},
  clock?: Clock,
): OutcomeResult | null {
  const scope = createScope(computed, createScope(values));
  for (const rule of definition.outcomes ?? []) {
    if (
      rule.when === undefined ||
      rule.when.trim() === '' ||
      conditionHolds(rule.when, scope, clock ? { clock } : {})
    ) {
      return rule.result;
    }
  }
  return null;
}
