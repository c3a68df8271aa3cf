import { analyzeExpression } from '../expr/analyze.ts';
import { evaluateSafely } from '../expr/compile.ts';
import type { Clock } from '../expr/dates.ts';
import { createScope } from '../expr/scope.ts';
import type { AppDefinition, ComputedValue } from '../definition/types.ts';

/**
 * Computed values in an order where each comes after those it reads. A cycle is a
 * definition error reported by the validator; here the remaining ones keep document order.
 */
export function orderComputed(computed: readonly ComputedValue[]): ComputedValue[] {
  // Definitions are immutable once loaded, and this runs on every keystroke and submit.
  const hit = orderCache.get(computed);
  if (hit) return hit;
  const ordered = computeOrder(computed);
  orderCache.set(computed, ordered);
  return ordered;
}

const orderCache = new WeakMap<readonly ComputedValue[], ComputedValue[]>();

function computeOrder(computed: readonly ComputedValue[]): ComputedValue[] {
  const byName = new Map(computed.map((c) => [c.name, c]));
  const deps = new Map(
    computed.map((c) => [c.name, [...analyzeExpression(c.expr, () => undefined).names].filter((n) => byName.has(n))]),
  );
  const ordered: ComputedValue[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (name: string) => {
    if (state.get(name)) return;
    state.set(name, 'visiting');
    for (const d of deps.get(name) ?? []) visit(d);
    state.set(name, 'done');
    const c = byName.get(name);
    if (c) ordered.push(c);
  };
  for (const c of computed) visit(c.name);
  return ordered;
}

/** Finds the names that take part in a cycle among computed values. */
export function findComputedCycle(computed: readonly ComputedValue[]): string[] | undefined {
  const names = new Set(computed.map((c) => c.name));
  const deps = new Map(
    computed.map((c) => [c.name, [...analyzeExpression(c.expr, () => undefined).names].filter((n) => names.has(n))]),
  );
  const stack: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (name: string): string[] | undefined => {
    if (state.get(name) === 'done') return undefined;
    if (state.get(name) === 'visiting') return [...stack.slice(stack.indexOf(name)), name];
    state.set(name, 'visiting');
    stack.push(name);
    for (const d of deps.get(name) ?? []) {
      const cycle = visit(d);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(name, 'done');
    return undefined;
  };
  for (const c of computed) {
    const cycle = visit(c.name);
    if (cycle) return cycle;
  }
  return undefined;
}

/**
 * Evaluates every computed value against the answers, in dependency order.
 * @example evaluateComputed(def, { idNumber: '11010519491231002X' }, clock) // { age: 76 }
 */
export function evaluateComputed(
  definition: AppDefinition,
  values: Record<string, unknown>,
  clock?: Clock,
): Record<string, unknown> {
  const computed: Record<string, unknown> = {};
  const scope = createScope(computed, createScope(values));
  for (const c of orderComputed(definition.computed ?? [])) {
    const v = evaluateSafely(c.expr, scope, clock ? { clock } : {});
    computed[c.name] = v === undefined ? null : v;
  }
  return computed;
}
