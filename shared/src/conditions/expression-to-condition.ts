import type { Expr } from '../expr/ast.ts';
import { parseCached } from '../expr/compile.ts';
import { ExprError } from '../expr/expr-error.ts';
import type { ConditionGroup, ConditionOp, ConditionRow, ConditionValue } from './condition.ts';

const BY_OPERATOR: Readonly<Record<string, ConditionOp>> = {
  '==': 'eq',
  '===': 'eq',
  '!=': 'ne',
  '!==': 'ne',
  '>': 'gt',
  '>=': 'gte',
  '<': 'lt',
  '<=': 'lte',
};

type Item = ConditionRow | ConditionGroup;

/**
 * Reads a formula back as builder rows, or undefined when it says something rows cannot
 * (a hand-written formula stays text). Whatever it returns means what the formula means.
 * @example expressionToCondition('fever == "是" || temperature >= 37.3')?.join // 'any'
 */
export function expressionToCondition(source: string): ConditionGroup | undefined {
  let expr: Expr;
  try {
    expr = parseCached(source);
  } catch (e) {
    if (e instanceof ExprError) return undefined;
    throw e;
  }
  return readGroup(expr, 0) ?? wrap(readRow(expr));
}

function wrap(row: ConditionRow | undefined): ConditionGroup | undefined {
  return row && { kind: 'group', join: 'all', items: [row] };
}

function joinOf(expr: Expr): 'all' | 'any' | undefined {
  if (expr.kind !== 'binary' || readBetween(expr)) return undefined;
  return expr.op === '&&' ? 'all' : expr.op === '||' ? 'any' : undefined;
}

/** `a && b && c` is `((a && b) && c)`: its items are the left spine's right-hand sides. */
function spine(expr: Expr, op: '&&' | '||'): Expr[] {
  if (expr.kind === 'binary' && expr.op === op && !readBetween(expr)) return [...spine(expr.left, op), expr.right];
  return [expr];
}

function readGroup(expr: Expr, depth: number): ConditionGroup | undefined {
  const join = joinOf(expr);
  if (!join || depth > 1) return undefined;
  const items: Item[] = [];
  for (const part of spine(expr, join === 'all' ? '&&' : '||')) {
    const item = readRow(part) ?? (depth === 0 ? readGroup(part, 1) : undefined);
    if (!item) return undefined;
    items.push(item);
  }
  return { kind: 'group', join, items };
}

function readRow(expr: Expr): ConditionRow | undefined {
  if (expr.kind === 'unary' && expr.op === '!') {
    const inner = readCall(expr.arg);
    if (inner?.op === 'contains') return { ...inner, op: 'notContains' };
    if (inner?.op === 'empty') return { ...inner, op: 'notEmpty' };
    return undefined;
  }
  if (expr.kind === 'call') return readCall(expr);
  if (expr.kind !== 'binary') return undefined;
  const between = readBetween(expr);
  if (between) return between;
  const op = BY_OPERATOR[expr.op];
  const value = literalOf(expr.right);
  if (!op || expr.left.kind !== 'name' || value === undefined) return undefined;
  return { kind: 'row', field: expr.left.name, op, value };
}

function readCall(expr: Expr): ConditionRow | undefined {
  if (expr.kind !== 'call') return undefined;
  const [field, needle] = expr.args;
  if (field?.kind !== 'name') return undefined;
  if (expr.fn === 'ISEMPTY' && expr.args.length === 1) return { kind: 'row', field: field.name, op: 'empty' };
  const value = needle && literalOf(needle);
  if (expr.fn === 'CONTAINS' && expr.args.length === 2 && value !== undefined) {
    return { kind: 'row', field: field.name, op: 'contains', value };
  }
  return undefined;
}

/** `x >= a && x <= b` on one question is 介于 a 和 b. */
function readBetween(expr: Expr): ConditionRow | undefined {
  if (expr.kind !== 'binary' || expr.op !== '&&') return undefined;
  const { left, right } = expr;
  if (left.kind !== 'binary' || left.op !== '>=' || right.kind !== 'binary' || right.op !== '<=') return undefined;
  if (left.left.kind !== 'name' || right.left.kind !== 'name' || left.left.name !== right.left.name) return undefined;
  const value = literalOf(left.right);
  const value2 = literalOf(right.right);
  if (value === undefined || value2 === undefined) return undefined;
  return { kind: 'row', field: left.left.name, op: 'between', value, value2 };
}

function literalOf(expr: Expr): ConditionValue | undefined {
  if (expr.kind === 'literal') return expr.value === null ? undefined : expr.value;
  if (expr.kind === 'unary' && expr.op === '-' && expr.arg.kind === 'literal' && typeof expr.arg.value === 'number') {
    return -expr.arg.value;
  }
  return undefined;
}
