/** Spreadsheet-like coercions shared by operators and functions. */

/** Empty means nothing was entered: no value, blank text, or an empty list. */
export function isEmpty(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    (typeof value === 'string' && value.trim() === '') ||
    (Array.isArray(value) && value.length === 0)
  );
}

/** A number if the value reads as one (numbers and numeric text), else undefined. */
export function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string' && value.trim() !== '') {
    const n = Number(value);
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

export function isTruthy(value: unknown): boolean {
  if (isEmpty(value)) return false;
  if (typeof value === 'number') return value !== 0 && !Number.isNaN(value);
  return value !== false;
}

/** Equality as officials expect it: `age == "60"` holds for the number 60. */
export function looseEquals(a: unknown, b: unknown): boolean {
  if (isEmpty(a) && isEmpty(b)) return true;
  if (typeof a === 'number' || typeof b === 'number') {
    const x = toNumber(a);
    const y = toNumber(b);
    if (x !== undefined && y !== undefined && typeof a !== 'boolean' && typeof b !== 'boolean') return x === y;
  }
  return a === b;
}

/** Orders two values, or undefined when they cannot be compared (an empty side, mixed kinds). */
export function compareValues(a: unknown, b: unknown): number | undefined {
  if (isEmpty(a) || isEmpty(b)) return undefined;
  if (typeof a === 'string' && typeof b === 'string') {
    const x = toNumber(a);
    const y = toNumber(b);
    if (x !== undefined && y !== undefined) return x - y;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  const x = toNumber(a);
  const y = toNumber(b);
  return x === undefined || y === undefined ? undefined : x - y;
}

/** Flattens nested lists into the numbers they hold, skipping blanks and non-numbers. */
export function collectNumbers(values: unknown[], out: number[] = []): number[] {
  for (const v of values) {
    if (Array.isArray(v)) collectNumbers(v, out);
    else {
      const n = toNumber(v);
      if (n !== undefined && !isEmpty(v)) out.push(n);
    }
  }
  return out;
}

export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Text of a value without ever calling a method on it: lists join their items, a
 * record is shown as a placeholder. `String(obj)` would run the prototype's toString.
 */
export function displayText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map(displayText).join(',');
  if (typeof value === 'object') return '[record]';
  return String(value);
}
