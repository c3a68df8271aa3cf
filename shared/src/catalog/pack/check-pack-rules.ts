import { evaluateSafely } from '../../expr/compile.ts';
import { createScope } from '../../expr/scope.ts';
import { isTruthy } from '../../expr/values.ts';
import type { FieldProblem } from '../types.ts';
import type { PackRule } from './manifest.ts';

/**
 * Runs a pack component's expression rules over a non-empty value; returns the first
 * refusal with the vendor's message. A `check` that cannot be evaluated refuses (it did
 * not hold); a `when` that cannot be evaluated does not.
 * @example checkPackRules('6222', [{ check: 'LUHN(value)', message }], {}) // { code: 'pack.rule', … }
 */
export function checkPackRules(
  value: unknown,
  rules: readonly PackRule[],
  props: Record<string, unknown>,
): FieldProblem | null {
  const scope = createScope({ value, props });
  for (const rule of rules) {
    const refused =
      rule.check !== undefined
        ? !isTruthy(evaluateSafely(rule.check, scope))
        : isTruthy(evaluateSafely(rule.when, scope));
    if (refused) return { code: 'pack.rule', params: { 'zh-CN': rule.message['zh-CN'], en: rule.message.en } };
  }
  return null;
}
