import type { Expr } from './ast.ts';
import type { EvaluateOptions } from './evaluate.ts';
import { evaluate } from './evaluate.ts';
import { ExprError } from './expr-error.ts';
import { parseExpression } from './parse.ts';
import type { Scope } from './scope.ts';

const cache = new Map<string, Expr | ExprError>();
const CACHE_LIMIT = 2000;

/** Parses once per distinct source; forms evaluate the same few formulas on every keystroke. */
export function parseCached(source: string): Expr {
  let hit = cache.get(source);
  if (hit === undefined) {
    try {
      hit = parseExpression(source);
    } catch (e) {
      if (!(e instanceof ExprError)) throw e;
      hit = e;
    }
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(source, hit);
  }
  if (hit instanceof ExprError) throw hit;
  return hit;
}

/**
 * Evaluates a formula from its source, treating any ExprError as "no value". This is
 * what forms want: a condition that cannot be evaluated simply does not hold.
 * @example evaluateSafely('age >= 60', createScope({ age: 70 })) // true
 */
export function evaluateSafely(source: string, scope: Scope, options?: EvaluateOptions): unknown {
  try {
    return evaluate(parseCached(source), scope, options);
  } catch (e) {
    if (e instanceof ExprError) return undefined;
    throw e;
  }
}
