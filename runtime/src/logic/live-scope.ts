import type { AppDefinition, ComputedValue } from '@sprout/shared/definition';
import type { Clock, Scope } from '@sprout/shared/expr';
import { createScope, evaluateSafely } from '@sprout/shared/expr';
import type { RowScope } from './dependencies.ts';

/** Reads a value of the form by its react-hook-form path, e.g. `members.0.age`. */
export type ReadValue = (path: string) => unknown;

/**
 * A scope over the live form: answers are read on demand and computed values are
 * evaluated only when a formula asks for them, once per scope.
 * @example conditionHolds('age >= 60', createLiveScope(computed, read))
 */
export function createLiveScope(computed: ReadonlyMap<string, ComputedValue>, read: ReadValue, clock?: Clock): Scope {
  const cache = new Map<string, unknown>();
  const evaluating = new Set<string>();
  const scope: Scope = {
    has: (name) => computed.has(name) || read(name) !== undefined,
    get: (name) => {
      const c = computed.get(name);
      if (!c) return read(name);
      if (cache.has(name)) return cache.get(name);
      // A cycle is a definition error the editor reports; here it simply has no value.
      if (evaluating.has(name)) return null;
      evaluating.add(name);
      const v = evaluateSafely(c.expr, scope, clock ? { clock } : {});
      evaluating.delete(name);
      cache.set(name, v === undefined ? null : v);
      return cache.get(name);
    },
  };
  return scope;
}

/** The scope a field inside repeat rows sees: its row's fields first, then outer rows, then the form. */
export function rowScope(top: Scope, row: RowScope | null, read: ReadValue): Scope {
  if (!row) return top;
  const parent = rowScope(top, row.parent, read);
  const values = read(row.prefix);
  return createScope(values && typeof values === 'object' ? (values as Record<string, unknown>) : {}, parent);
}

export function computedMap(definition: AppDefinition): Map<string, ComputedValue> {
  return new Map((definition.computed ?? []).map((c) => [c.name, c]));
}
