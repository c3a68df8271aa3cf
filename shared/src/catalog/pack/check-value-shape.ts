import { isPlainRecord } from '../../expr/values.ts';
import type { FieldProblem } from '../types.ts';
import type { ValueShape } from './manifest.ts';

// Values come from residents and patterns from vendors: bound the input a pattern sees.
const MAX_PATTERN_INPUT = 1000;

/**
 * Checks a value against a pack component's declared shape; returns the first problem,
 * naming where inside an object or list it is (`at: 'account'`).
 * @example checkValueShape('京A', { type: 'string', minLength: 7 }) // { code: 'text.minLength', params: { min: 7 } }
 */
export function checkValueShape(value: unknown, shape: ValueShape, at = ''): FieldProblem | null {
  switch (shape.type) {
    case 'string':
      return checkString(value, shape, at);
    case 'number':
    case 'integer':
      return checkNumber(value, shape, at);
    case 'boolean':
      return typeof value === 'boolean' ? null : { code: 'type.boolean', params: { at } };
    case 'array':
      return checkArray(value, shape, at);
    case 'object':
      return checkObject(value, shape, at);
  }
}

function checkString(value: unknown, shape: Extract<ValueShape, { type: 'string' }>, at: string): FieldProblem | null {
  if (typeof value !== 'string') return { code: 'type.string', params: { at } };
  const length = Array.from(value).length;
  if (shape.minLength !== undefined && length < shape.minLength)
    return { code: 'text.minLength', params: { min: shape.minLength, at } };
  if (shape.maxLength !== undefined && length > shape.maxLength)
    return { code: 'text.maxLength', params: { max: shape.maxLength, at } };
  if (shape.enum && !shape.enum.includes(value)) return { code: 'choice.unknown', params: { value, at } };
  if (shape.pattern !== undefined && !matchesPattern(value, shape.pattern))
    return { code: 'text.pattern', params: { at } };
  return null;
}

/** JSON Schema patterns are unanchored; a pattern that does not compile matches nothing. */
export function matchesPattern(value: string, pattern: string): boolean {
  if (value.length > MAX_PATTERN_INPUT) return false;
  try {
    return new RegExp(pattern, 'u').test(value);
  } catch {
    return false;
  }
}

function checkNumber(value: unknown, shape: Extract<ValueShape, { type: 'number' | 'integer' }>, at: string) {
  if (typeof value !== 'number' || !Number.isFinite(value)) return { code: 'type.number', params: { at } } as const;
  if (shape.type === 'integer' && !Number.isInteger(value)) return { code: 'number.integer', params: { at } } as const;
  if (shape.minimum !== undefined && value < shape.minimum)
    return { code: 'number.min', params: { min: shape.minimum, at } } as const;
  if (shape.maximum !== undefined && value > shape.maximum)
    return { code: 'number.max', params: { max: shape.maximum, at } } as const;
  return null;
}

function checkArray(value: unknown, shape: Extract<ValueShape, { type: 'array' }>, at: string): FieldProblem | null {
  if (!Array.isArray(value)) return { code: 'type.list', params: { at } };
  if (shape.minItems !== undefined && value.length < shape.minItems)
    return { code: 'repeat.minRows', params: { min: shape.minItems, at } };
  if (shape.maxItems !== undefined && value.length > shape.maxItems)
    return { code: 'repeat.maxRows', params: { max: shape.maxItems, at } };
  for (let i = 0; i < value.length; i++) {
    const problem = checkValueShape(value[i], shape.items, `${at}[${i}]`);
    if (problem) return problem;
  }
  return null;
}

function checkObject(value: unknown, shape: Extract<ValueShape, { type: 'object' }>, at: string): FieldProblem | null {
  if (!isPlainRecord(value)) return { code: 'pack.shape', params: { at } };
  const inner = (key: string) => (at ? `${at}.${key}` : key);
  for (const key of Object.keys(value)) {
    if (!Object.hasOwn(shape.properties, key)) return { code: 'field.unknown', params: { at: inner(key) } };
  }
  for (const key of shape.required ?? []) {
    if (value[key] === undefined || value[key] === null || value[key] === '')
      return { code: 'required', params: { at: inner(key) } };
  }
  for (const [key, propertyShape] of Object.entries(shape.properties)) {
    if (value[key] === undefined || value[key] === null || value[key] === '') continue;
    const problem = checkValueShape(value[key], propertyShape, inner(key));
    if (problem) return problem;
  }
  return null;
}
