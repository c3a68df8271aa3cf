import type { OutcomeRule } from '../definition/types.ts';
import type { Expr } from '../expr/ast.ts';
import { evaluate } from '../expr/evaluate.ts';
import { ExprError } from '../expr/expr-error.ts';
import { parseExpression } from '../expr/parse.ts';
import { createScope } from '../expr/scope.ts';
import { isTruthy } from '../expr/values.ts';
import { DEFAULT_LOCALE, type Locale, localize } from '../i18n/locale.ts';
import type { Issue } from '../result.ts';
import { problemText } from './messages.ts';

/** Why a rule can never give its result: what comes before it always answers first. */
export type ShadowReason = 'always-matches' | 'same-condition';

/** An outcome rule that can never apply, and the earlier rule that takes its place. */
export interface UnreachableOutcome extends Issue {
  /** Index of the rule that can never apply. */
  rule: number;
  /** Index of the earlier rule that always answers first. */
  shadowedBy: number;
  reason: ShadowReason;
}

/**
 * Outcome rules are "first match wins", so a rule after an unconditional (or always
 * true) rule, or after a rule with exactly the same condition, can never apply. The
 * official who wrote it believes it does; publishing such a definition would hand out
 * results nobody chose.
 * @example findUnreachableOutcomes([{ result: green }, { when: 'fever', result: red }])
 * // [{ path: 'outcomes[1]', rule: 1, shadowedBy: 0, reason: 'always-matches', … }]
 */
export function findUnreachableOutcomes(
  outcomes: readonly OutcomeRule[] | undefined,
  locale: Locale = DEFAULT_LOCALE,
): UnreachableOutcome[] {
  const found: UnreachableOutcome[] = [];
  const firstWithCondition = new Map<string, number>();
  let catchAll: number | undefined;
  (outcomes ?? []).forEach((rule, i) => {
    const condition = conditionKey(rule.when);
    const earlier = catchAll ?? (condition === undefined ? undefined : firstWithCondition.get(condition));
    if (earlier !== undefined) {
      const reason: ShadowReason = catchAll !== undefined ? 'always-matches' : 'same-condition';
      found.push(describe(outcomes ?? [], i, earlier, reason, locale));
      return;
    }
    if (condition === undefined || alwaysHolds(condition)) catchAll = i;
    else if (!firstWithCondition.has(condition)) firstWithCondition.set(condition, i);
  });
  return found;
}

function describe(
  outcomes: readonly OutcomeRule[],
  rule: number,
  shadowedBy: number,
  reason: ShadowReason,
  locale: Locale,
): UnreachableOutcome {
  const label = localize(outcomes[shadowedBy]?.result.label, locale);
  const key = reason === 'always-matches' ? 'outcome-after-catch-all' : 'outcome-same-condition';
  const message = problemText(locale, key, { n: shadowedBy + 1, label });
  return { path: `outcomes[${rule}]`, message, code: 'outcome-unreachable', rule, shadowedBy, reason };
}

/**
 * The condition in a form that ignores spacing and redundant brackets, so `a>1` and
 * `(a > 1)` are the same condition; undefined for a rule without one. A condition that
 * does not parse keeps its trimmed text (the validator reports it elsewhere).
 */
function conditionKey(when: string | undefined): string | undefined {
  if (when === undefined || when.trim() === '') return undefined;
  try {
    return JSON.stringify(parseExpression(when));
  } catch (e) {
    if (e instanceof ExprError) return `text:${when.trim()}`;
    throw e;
  }
}

/** True for a condition that reads no answer and no clock and evaluates truthy, e.g. `true` or `1 == 1`. */
function alwaysHolds(key: string): boolean {
  if (key.startsWith('text:')) return false;
  const tree = JSON.parse(key) as Expr;
  if (!isConstant(tree)) return false;
  try {
    return isTruthy(evaluate(tree, createScope({})));
  } catch (e) {
    if (e instanceof ExprError) return false;
    throw e;
  }
}

function isConstant(expr: Expr): boolean {
  switch (expr.kind) {
    case 'literal':
      return true;
    case 'name':
    case 'call':
      return false;
    case 'member':
      return isConstant(expr.object);
    case 'unary':
      return isConstant(expr.arg);
    case 'binary':
      return isConstant(expr.left) && isConstant(expr.right);
    case 'conditional':
      return isConstant(expr.test) && isConstant(expr.whenTrue) && isConstant(expr.whenFalse);
    case 'array':
      return expr.items.every(isConstant);
  }
}
