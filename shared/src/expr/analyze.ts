import type { Expr } from './ast.ts';
import { arityText } from './evaluate.ts';
import { ExprError } from './expr-error.ts';
import { describeType, describeTypeZh, type ExprType, isScalar, T } from './expr-type.ts';
import { FUNCTIONS } from './functions.ts';
import { parseCached } from './compile.ts';

/** The names visible to a formula and their types, e.g. a form's fields and computed values. */
export type TypeEnv = (name: string) => ExprType | undefined;

export interface ExprProblem {
  code: ExprError['code'];
  message: string;
  /** The same problem in Chinese; show it with exprProblemText(problem, locale). */
  zh?: string;
  /** The word at fault, e.g. the unknown name or the operator. */
  word?: string;
  /** Where the word starts in the source, when the parser knows it. */
  index?: number;
}

export interface Analysis {
  type: ExprType;
  /** Every top-level name the formula reads, for dependency tracking and cycle checks. */
  names: Set<string>;
  problems: ExprProblem[];
}

/**
 * Checks a formula before it is ever run: syntax, unknown names and functions,
 * argument counts and type mismatches that can be known from the field types.
 * @example analyzeExpression('AGE(idNumber) >= 60', env).problems // []
 */
export function analyzeExpression(source: string, env: TypeEnv): Analysis {
  let expr: Expr;
  try {
    expr = parseCached(source);
  } catch (e) {
    if (e instanceof ExprError)
      return { type: T.any, names: new Set(), problems: [{ code: e.code, message: e.message, ...e.detail }] };
    throw e;
  }
  return analyzeTree(expr, env);
}

export function analyzeTree(expr: Expr, env: TypeEnv): Analysis {
  const names = new Set<string>();
  const problems: ExprProblem[] = [];
  const type = typeOf(expr, { env, names, problems });
  return { type, names, problems };
}

interface Ctx {
  env: TypeEnv;
  names: Set<string>;
  problems: ExprProblem[];
}

function report(ctx: Ctx, code: ExprError['code'], message: string, zh: string, word?: string): ExprType {
  ctx.problems.push(word === undefined ? { code, message, zh } : { code, message, zh, word });
  return T.any;
}

/** A bare Chinese word is almost always an option text that lost its quotes. */
function unknownNameZh(name: string): string {
  const hint = /[^A-Za-z0-9_$]/.test(name) ? `；如果“${name}”是要比较的文字，请给它加上引号` : '';
  return `没有名为“${name}”的问题或计算值${hint}`;
}

function typeOf(expr: Expr, ctx: Ctx): ExprType {
  switch (expr.kind) {
    case 'literal':
      return literalType(expr.value);
    case 'name': {
      ctx.names.add(expr.name);
      return (
        ctx.env(expr.name) ??
        report(ctx, 'unknown-name', `unknown name ${expr.name}`, unknownNameZh(expr.name), expr.name)
      );
    }
    case 'member':
      return memberType(typeOf(expr.object, ctx), expr.property, ctx);
    case 'unary': {
      const arg = typeOf(expr.arg, ctx);
      if (expr.op === '!') return T.boolean;
      requireNumeric(arg, `${expr.op} needs a number`, `“${expr.op}”后面要是数字`, ctx);
      return T.number;
    }
    case 'binary':
      return binaryType(expr, ctx);
    case 'conditional': {
      typeOf(expr.test, ctx);
      return unify(typeOf(expr.whenTrue, ctx), typeOf(expr.whenFalse, ctx));
    }
    case 'call':
      return callType(expr, ctx);
    case 'array':
      return T.list(expr.items.map((i) => typeOf(i, ctx)).reduce(unify, T.any));
  }
}

function literalType(value: unknown): ExprType {
  if (value === null) return T.null;
  if (typeof value === 'number') return T.number;
  if (typeof value === 'boolean') return T.boolean;
  return T.string;
}

function unify(a: ExprType, b: ExprType): ExprType {
  if (a.t === 'null') return b;
  if (b.t === 'null') return a;
  return a.t === b.t && isScalar(a) ? a : T.any;
}

function memberType(object: ExprType, property: string | number, ctx: Ctx): ExprType {
  if (object.t === 'any') return T.any;
  if (typeof property === 'number') {
    return object.t === 'list'
      ? object.of
      : report(ctx, 'type', `[${property}] needs a list`, `[${property}] 只能用在列表（重复组）上`);
  }
  if (object.t === 'record') {
    return (
      object.fields[property] ??
      report(ctx, 'unknown-name', `unknown field ${property}`, `没有字段“${property}”`, property)
    );
  }
  if (object.t === 'list' && (object.of.t === 'record' || object.of.t === 'any')) {
    return T.list(memberType(object.of, property, ctx));
  }
  return report(
    ctx,
    'type',
    `.${property} cannot be read from a ${describeType(object)}`,
    `不能从${describeTypeZh(object)}中读取“.${property}”`,
  );
}

function requireNumeric(type: ExprType, message: string, zh: string, ctx: Ctx): void {
  if (type.t === 'boolean' || type.t === 'list' || type.t === 'record' || type.t === 'date')
    report(ctx, 'type', message, zh);
}

function binaryType(expr: Extract<Expr, { kind: 'binary' }>, ctx: Ctx): ExprType {
  const left = typeOf(expr.left, ctx);
  const right = typeOf(expr.right, ctx);
  switch (expr.op) {
    case '&&':
    case '||':
      return T.boolean;
    case '==':
    case '!=':
    case '===':
    case '!==':
      checkComparable(expr, left, right, ctx, true);
      return T.boolean;
    case '<':
    case '<=':
    case '>':
    case '>=':
      checkComparable(expr, left, right, ctx, false);
      return T.boolean;
    case '+':
      if (!isScalar(left) || !isScalar(right))
        report(ctx, 'type', '+ cannot add lists; use SUM(...)', '“+”不能把列表相加，请用 SUM(...)');
      return left.t === 'string' || right.t === 'string' ? T.any : T.number;
    default:
      requireNumeric(left, `${expr.op} needs numbers on both sides`, `“${expr.op}”两边都要是数字`, ctx);
      requireNumeric(right, `${expr.op} needs numbers on both sides`, `“${expr.op}”两边都要是数字`, ctx);
      return T.number;
  }
}

function nonNumericText(expr: Expr): boolean {
  return expr.kind === 'literal' && typeof expr.value === 'string' && Number.isNaN(Number(expr.value));
}

function checkComparable(
  expr: Extract<Expr, { kind: 'binary' }>,
  left: ExprType,
  right: ExprType,
  ctx: Ctx,
  equality: boolean,
): void {
  if (!isScalar(left) || !isScalar(right)) {
    const hint = equality ? '; use CONTAINS(list, value)' : '';
    const hintZh = equality ? '；请用 CONTAINS(列表, 值)' : '';
    report(
      ctx,
      'type',
      `${expr.op} compares single values, not a list${hint}`,
      `“${expr.op}”只能比较单个值，不能比较列表${hintZh}`,
    );
    return;
  }
  const numberVsText =
    (left.t === 'number' && nonNumericText(expr.right)) || (right.t === 'number' && nonNumericText(expr.left));
  if (numberVsText) {
    report(
      ctx,
      'type',
      `${expr.op} compares a number with text, which never holds`,
      `“${expr.op}”把数字和文字比较，永远不成立`,
    );
  }
  const boolVsOther = (a: ExprType, b: ExprType) => a.t === 'boolean' && (b.t === 'number' || b.t === 'string');
  if (!equality && (boolVsOther(left, right) || boolVsOther(right, left))) {
    report(ctx, 'type', `${expr.op} cannot order yes/no values`, `“${expr.op}”不能比较“是/否”的大小`);
  }
}

function callType(expr: Extract<Expr, { kind: 'call' }>, ctx: Ctx): ExprType {
  const args = expr.args.map((a) => typeOf(a, ctx));
  const spec = Object.hasOwn(FUNCTIONS, expr.fn) ? FUNCTIONS[expr.fn] : undefined;
  if (!spec) return report(ctx, 'unknown-function', `unknown function ${expr.fn}`, `没有函数“${expr.fn}”`, expr.fn);
  if (args.length < spec.minArgs || args.length > spec.maxArgs) {
    return report(
      ctx,
      'arity',
      `${expr.fn} takes ${arityText(spec.minArgs, spec.maxArgs)}, not ${args.length}`,
      `${expr.fn} 需要${arityTextZh(spec.minArgs, spec.maxArgs)}参数，这里写了 ${args.length} 个`,
      expr.fn,
    );
  }
  if (spec.argKinds === 'numbers') {
    for (const a of args) {
      if (!holdsNumbers(a))
        report(
          ctx,
          'type',
          `${expr.fn} needs numbers, not ${describeType(a)}`,
          `${expr.fn} 需要数字，不能用${describeTypeZh(a)}`,
        );
    }
  }
  if (spec.argKinds === 'dates' || expr.fn === 'AGE') {
    for (const a of args) {
      if (!holdsDate(a))
        report(
          ctx,
          'type',
          `${expr.fn} needs a date, not ${describeType(a)}`,
          `${expr.fn} 需要日期，不能用${describeTypeZh(a)}`,
        );
    }
  }
  if (expr.fn === 'IF') return unify(args[1] ?? T.any, args[2] ?? T.null);
  return spec.returns;
}

function holdsNumbers(type: ExprType): boolean {
  if (type.t === 'list') return holdsNumbers(type.of);
  return type.t === 'number' || type.t === 'any' || type.t === 'string' || type.t === 'null';
}

function holdsDate(type: ExprType): boolean {
  return type.t === 'date' || type.t === 'string' || type.t === 'any' || type.t === 'null';
}

function arityTextZh(min: number, max: number): string {
  if (min === max) return ` ${min} 个`;
  if (max > 100) return `至少 ${min} 个`;
  return ` ${min} 到 ${max} 个`;
}
