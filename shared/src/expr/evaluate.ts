import type { BinaryOp, Expr } from './ast.ts';
import { type Clock, defaultClock } from './dates.ts';
import { ExprError } from './expr-error.ts';
import { FUNCTIONS } from './functions.ts';
import { EXPR_LIMITS } from './limits.ts';
import type { Scope } from './scope.ts';
import { compareValues, displayText, isEmpty, isPlainRecord, isTruthy, looseEquals, toNumber } from './values.ts';

export interface EvaluateOptions {
  clock?: Clock;
  maxSteps?: number;
}

interface Run {
  scope: Scope;
  clock: Clock;
  stepsLeft: number;
}

/**
 * Evaluates a parsed formula against a scope by walking the tree. Unknown names read
 * as blank (a field the resident has not reached yet); only ExprError is thrown.
 * @example evaluate(parseExpression('a + 1'), createScope({ a: 1 })) // 2
 */
export function evaluate(expr: Expr, scope: Scope, options: EvaluateOptions = {}): unknown {
  const run: Run = {
    scope,
    clock: options.clock ?? defaultClock(),
    stepsLeft: options.maxSteps ?? EXPR_LIMITS.maxSteps,
  };
  return visit(expr, run);
}

function spend(run: Run, steps: number): void {
  run.stepsLeft -= steps;
  if (run.stepsLeft < 0) throw new ExprError('too-costly', 'expression takes too many steps to evaluate');
}

function visit(expr: Expr, run: Run): unknown {
  spend(run, 1);
  switch (expr.kind) {
    case 'literal':
      return expr.value;
    case 'name':
      // One lookup: a scope answers undefined for a name it does not hold (see Scope.get).
      return run.scope.get(expr.name);
    case 'member':
      return readMember(visit(expr.object, run), expr.property, run);
    case 'unary':
      return unary(expr.op, visit(expr.arg, run));
    case 'binary':
      return binary(expr, run);
    case 'conditional':
      return isTruthy(visit(expr.test, run)) ? visit(expr.whenTrue, run) : visit(expr.whenFalse, run);
    case 'call':
      return call(expr.fn, expr.args, run);
    case 'array':
      return expr.items.map((item) => visit(item, run));
  }
}

/** `members.amount` on a list reads the field of every row, as officials expect. */
function readMember(target: unknown, property: string | number, run: Run): unknown {
  if (typeof property === 'number') return Array.isArray(target) ? target[property] : undefined;
  if (Array.isArray(target)) {
    spend(run, target.length);
    return target.map((row) => (isPlainRecord(row) && Object.hasOwn(row, property) ? row[property] : undefined));
  }
  if (isPlainRecord(target) && Object.hasOwn(target, property)) return target[property];
  return undefined;
}

function unary(op: string, value: unknown): unknown {
  if (op === '!') return !isTruthy(value);
  if (isEmpty(value)) return null;
  const n = toNumber(value);
  if (n === undefined) throw new ExprError('type', `"${displayText(value)}" is not a number`);
  return op === '-' ? -n : n;
}

function binary(expr: Extract<Expr, { kind: 'binary' }>, run: Run): unknown {
  if (expr.op === '&&') return isTruthy(visit(expr.left, run)) && isTruthy(visit(expr.right, run));
  if (expr.op === '||') return isTruthy(visit(expr.left, run)) || isTruthy(visit(expr.right, run));
  return applyBinary(expr.op, visit(expr.left, run), visit(expr.right, run));
}

function applyBinary(op: BinaryOp, a: unknown, b: unknown): unknown {
  switch (op) {
    case '==':
    case '===':
      return looseEquals(a, b);
    case '!=':
    case '!==':
      return !looseEquals(a, b);
    case '<':
    case '<=':
    case '>':
    case '>=':
      return compare(op, a, b);
    case '+':
      return add(a, b);
    default:
      return arithmetic(op, a, b);
  }
}

function compare(op: BinaryOp, a: unknown, b: unknown): boolean {
  const c = compareValues(a, b);
  if (c === undefined) return false;
  if (op === '<') return c < 0;
  if (op === '<=') return c <= 0;
  if (op === '>') return c > 0;
  return c >= 0;
}

function add(a: unknown, b: unknown): unknown {
  const x = toNumber(a);
  const y = toNumber(b);
  if (typeof a === 'string' && x === undefined && !isEmpty(a)) return a + textOf(b);
  if (typeof b === 'string' && y === undefined && !isEmpty(b)) return textOf(a) + b;
  if (isEmpty(a) && isEmpty(b)) return null;
  return (isEmpty(a) ? 0 : requireNumber(a)) + (isEmpty(b) ? 0 : requireNumber(b));
}

function textOf(v: unknown): string {
  return displayText(v);
}

function requireNumber(v: unknown): number {
  const n = toNumber(v);
  if (n === undefined) throw new ExprError('type', `"${displayText(v)}" is not a number`);
  return n;
}

function arithmetic(op: BinaryOp, a: unknown, b: unknown): number | null {
  if (isEmpty(a) || isEmpty(b)) return null;
  const x = requireNumber(a);
  const y = requireNumber(b);
  if (op === '-') return x - y;
  if (op === '*') return x * y;
  // Division by zero is blank, as a form should show nothing rather than Infinity.
  if (y === 0) return null;
  return op === '/' ? x / y : x % y;
}

function call(name: string, argExprs: Expr[], run: Run): unknown {
  const spec = FUNCTIONS[name];
  if (!spec || !Object.hasOwn(FUNCTIONS, name)) throw new ExprError('unknown-function', `unknown function ${name}`);
  if (argExprs.length < spec.minArgs || argExprs.length > spec.maxArgs) {
    throw new ExprError('arity', `${name} takes ${arityText(spec.minArgs, spec.maxArgs)}`);
  }
  if (name === 'IF') {
    const [test, then, otherwise] = argExprs as [Expr, Expr, Expr | undefined];
    if (isTruthy(visit(test, run))) return visit(then, run);
    return otherwise ? visit(otherwise, run) : null;
  }
  const args = argExprs.map((a) => visit(a, run));
  for (const a of args) if (Array.isArray(a)) spend(run, a.length);
  return spec.call(args, run.clock);
}

export function arityText(min: number, max: number): string {
  if (min === max) return `${min} argument${min === 1 ? '' : 's'}`;
  if (max > 100) return `at least ${min} argument${min === 1 ? '' : 's'}`;
  return `${min} to ${max} arguments`;
}
