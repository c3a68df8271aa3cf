import type { Expr } from './ast.ts';

/**
 * The top-level names a parsed formula reads, in reading order (`members` for
 * `SUM(members.amount)`): what `analyzeTree` collects, without its type checks, for callers
 * that only track dependencies (the runtime asks this of every condition as a form mounts).
 * @example namesIn(parseExpression('a + SUM(b.c)')) // Set { 'a', 'b' }
 */
export function namesIn(expr: Expr, out: Set<string> = new Set()): Set<string> {
  switch (expr.kind) {
    case 'literal':
      break;
    case 'name':
      out.add(expr.name);
      break;
    case 'member':
      namesIn(expr.object, out);
      break;
    case 'unary':
      namesIn(expr.arg, out);
      break;
    case 'binary':
      namesIn(expr.left, out);
      namesIn(expr.right, out);
      break;
    case 'conditional':
      namesIn(expr.test, out);
      namesIn(expr.whenTrue, out);
      namesIn(expr.whenFalse, out);
      break;
    case 'call':
      for (const arg of expr.args) namesIn(arg, out);
      break;
    case 'array':
      for (const item of expr.items) namesIn(item, out);
      break;
  }
  return out;
}
