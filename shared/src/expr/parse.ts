import jsep from 'jsep';
import { BINARY_OPS, type BinaryOp, type Expr, FORBIDDEN_NAMES, type UnaryOp } from './ast.ts';
import { ExprError } from './expr-error.ts';
import { EXPR_LIMITS } from './limits.ts';
import { normalizeExpression } from './normalize.ts';
import { parsePlainFormula } from './parse-plain.ts';
import { syntaxError } from './syntax-error.ts';

// jsep nodes are loosely typed; we read them through this narrow view only.
type JsepNode = jsep.Expression & Record<string, unknown>;

const binaryOps: ReadonlySet<string> = new Set(BINARY_OPS);
const unaryOps: ReadonlySet<string> = new Set(['!', '-', '+']);

/**
 * Parses a formula into the whitelisted tree, or throws ExprError. What a Chinese
 * keyboard types (`=`, “”, ＞, ，) is read as its ASCII form first (see normalize.ts).
 * @example parseExpression('temperature >= 37.3 && contact = “是”')
 */
export function parseExpression(source: string): Expr {
  if (typeof source !== 'string') throw new ExprError('syntax', 'expression must be text', { zh: '公式应为文字' });
  if (source.length > EXPR_LIMITS.maxLength) {
    throw new ExprError('too-long', `expression is longer than ${EXPR_LIMITS.maxLength} characters`, {
      zh: `公式不能超过 ${EXPR_LIMITS.maxLength} 个字`,
    });
  }
  if (source.trim() === '') throw new ExprError('syntax', 'expression is empty', { zh: '公式是空的' });
  return parsePlainFormula(source) ?? parseWithJsep(source);
}

/**
 * The full route: normalized for Chinese keyboards, read by jsep, mapped onto the whitelist,
 * every mistake worded. `parseExpression` takes it for whatever `parsePlainFormula` leaves.
 */
export function parseWithJsep(source: string): Expr {
  const normalized = normalizeExpression(source);
  let tree: jsep.Expression;
  try {
    tree = jsep(normalized.text);
  } catch (e) {
    if (e instanceof RangeError) throw tooDeep('expression is nested too deeply');
    throw syntaxError(e, normalized, source);
  }
  return convert(tree as JsepNode, 0);
}

function convert(node: JsepNode, depth: number): Expr {
  if (depth > EXPR_LIMITS.maxDepth) {
    throw tooDeep(`expression is nested more than ${EXPR_LIMITS.maxDepth} levels`);
  }
  const next = (n: unknown) => convert(n as JsepNode, depth + 1);
  switch (node.type) {
    case 'Literal':
      return convertLiteral(node.value);
    case 'Identifier':
      return convertName(node.name as string);
    case 'MemberExpression':
      return convertMember(node, next);
    case 'UnaryExpression': {
      const op = node.operator as string;
      if (!unaryOps.has(op)) throw operatorNotAllowed(op);
      return { kind: 'unary', op: op as UnaryOp, arg: next(node.argument) };
    }
    case 'BinaryExpression': {
      const op = node.operator as string;
      if (!binaryOps.has(op)) throw operatorNotAllowed(op);
      return { kind: 'binary', op: op as BinaryOp, left: next(node.left), right: next(node.right) };
    }
    case 'ConditionalExpression':
      return {
        kind: 'conditional',
        test: next(node.test),
        whenTrue: next(node.consequent),
        whenFalse: next(node.alternate),
      };
    case 'CallExpression':
      return convertCall(node, next);
    case 'ArrayExpression':
      return { kind: 'array', items: (node.elements as unknown[]).map((e) => (e === null ? literalNull() : next(e))) };
    case 'Compound':
      throw new ExprError('syntax', 'write one expression; join conditions with && or ||', {
        zh: '只能写一个条件；几个条件之间用 && （并且）或 || （或者）连接，文字要加引号',
      });
    default:
      throw new ExprError('not-allowed', `${String(node.type)} is not allowed in expressions`, {
        zh: '公式里不能这样写',
      });
  }
}

function literalNull(): Expr {
  return { kind: 'literal', value: null };
}

function convertLiteral(value: unknown): Expr {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return { kind: 'literal', value };
  if (typeof value === 'number' && Number.isFinite(value)) return { kind: 'literal', value };
  throw new ExprError('not-allowed', 'only numbers, text, true, false and null are allowed as values', {
    zh: '值只能是数字、加引号的文字、true、false 或 null',
  });
}

function convertName(name: string): Expr {
  if (FORBIDDEN_NAMES.has(name)) throw nameNotAllowed(name);
  return { kind: 'name', name };
}

function convertMember(node: JsepNode, next: (n: unknown) => Expr): Expr {
  const object = next(node.object);
  const prop = node.property as JsepNode;
  if (!node.computed) {
    if (prop.type !== 'Identifier') {
      throw new ExprError('syntax', 'a field name must follow "."', { zh: '“.”后面要写字段名' });
    }
    const name = prop.name as string;
    if (FORBIDDEN_NAMES.has(name)) throw nameNotAllowed(name);
    return { kind: 'member', object, property: name };
  }
  // Only a literal row number may be written in brackets: no computed property names.
  if (prop.type === 'Literal' && typeof prop.value === 'number' && Number.isInteger(prop.value) && prop.value >= 0) {
    return { kind: 'member', object, property: prop.value };
  }
  throw new ExprError('not-allowed', 'only a row number such as [0] may be written in brackets', {
    zh: '方括号里只能写行号，例如 [0]',
  });
}

function convertCall(node: JsepNode, next: (n: unknown) => Expr): Expr {
  const callee = node.callee as JsepNode;
  if (callee.type !== 'Identifier') {
    throw new ExprError('not-allowed', 'only functions such as SUM(...) may be called', {
      zh: '只能调用 SUM(...) 这样的函数',
    });
  }
  return { kind: 'call', fn: String(callee.name).toUpperCase(), args: (node.arguments as unknown[]).map(next) };
}

function tooDeep(message: string): ExprError {
  return new ExprError('too-deep', message, { zh: `公式嵌套太深（最多 ${EXPR_LIMITS.maxDepth} 层）` });
}

function operatorNotAllowed(op: string): ExprError {
  return new ExprError('not-allowed', `operator ${op} is not allowed`, { zh: `不能使用运算符“${op}”`, word: op });
}

function nameNotAllowed(name: string): ExprError {
  return new ExprError('not-allowed', `the name ${name} is not allowed`, { zh: `不能使用名字“${name}”`, word: name });
}
