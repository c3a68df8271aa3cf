import { isPlainRecord } from './values.ts';

/** The names a formula can read: a repeat row's fields first, then the form's. */
export interface Scope {
  has(name: string): boolean;
  /** The value of a name, or undefined for a name the scope does not hold (never a prototype's property). */
  get(name: string): unknown;
}

/**
 * A scope over a plain data object, falling back to a parent scope.
 * Only own properties count, so no formula can reach `toString` or a prototype.
 * @example createScope({ age: 61 }).get('age') // 61
 */
export function createScope(values: Record<string, unknown>, parent?: Scope): Scope {
  const data = isPlainRecord(values) ? values : {};
  return {
    has: (name) => Object.hasOwn(data, name) || (parent?.has(name) ?? false),
    get: (name) => (Object.hasOwn(data, name) ? data[name] : parent?.get(name)),
  };
}
