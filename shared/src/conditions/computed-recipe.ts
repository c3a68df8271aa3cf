import type { Expr } from '../expr/ast.ts';
import { parseCached } from '../expr/compile.ts';
import { ExprError } from '../expr/expr-error.ts';
import type { ConditionGroup } from './condition.ts';
import { conditionToExpression } from './condition-to-expression.ts';
import { expressionToCondition } from './expression-to-condition.ts';

/** A computed value picked from a menu instead of written as a formula. */
export type ComputedRecipe =
  /** 是/否: whether a condition holds, e.g. 发热 = 体温 ≥ 37.3. */
  | { kind: 'condition'; condition: ConditionGroup }
  /** 求和 / 平均值 of chosen number questions. */
  | { kind: 'sum' | 'average'; fields: string[] }
  /** 周岁年龄 from an ID number or a birth date. */
  | { kind: 'age'; field: string }
  /** Days from one date to another (`to` − `from`); without `to`, until today (e.g. 返乡天数). */
  | { kind: 'days'; from: string; to?: string }
  /** How many options were chosen (or rows filled). */
  | { kind: 'count'; field: string };

export type RecipeKind = ComputedRecipe['kind'];

/**
 * The formula a menu-built computed value stands for.
 * @example recipeToExpression({ kind: 'age', field: 'idNumber' }) // 'AGE(idNumber)'
 */
export function recipeToExpression(recipe: ComputedRecipe): string {
  switch (recipe.kind) {
    case 'condition':
      return conditionToExpression(recipe.condition);
    case 'sum':
      return `SUM(${recipe.fields.join(', ')})`;
    case 'average':
      return `AVG(${recipe.fields.join(', ')})`;
    case 'age':
      return `AGE(${recipe.field})`;
    case 'days':
      return `DAYS(${recipe.to ?? 'TODAY()'}, ${recipe.from})`;
    case 'count':
      return `COUNT(${recipe.field})`;
  }
}

/** Reads a formula back as a menu recipe, or undefined for a hand-written formula. */
export function expressionToRecipe(source: string): ComputedRecipe | undefined {
  let expr: Expr;
  try {
    expr = parseCached(source);
  } catch (e) {
    if (e instanceof ExprError) return undefined;
    throw e;
  }
  const sinceToday = readDaysSinceToday(expr);
  if (sinceToday) return sinceToday;
  const names = expr.kind === 'call' ? namesOnly(expr.args) : undefined;
  if (expr.kind === 'call' && names) {
    const [a, b] = names;
    if ((expr.fn === 'SUM' || expr.fn === 'AVG') && names.length > 0)
      return { kind: expr.fn === 'SUM' ? 'sum' : 'average', fields: names };
    if (expr.fn === 'AGE' && names.length === 1 && a) return { kind: 'age', field: a };
    if (expr.fn === 'COUNT' && names.length === 1 && a) return { kind: 'count', field: a };
    if (expr.fn === 'DAYS' && names.length === 2 && a && b) return { kind: 'days', to: a, from: b };
  }
  const condition = expressionToCondition(source);
  return condition && { kind: 'condition', condition };
}

function readDaysSinceToday(expr: Expr): ComputedRecipe | undefined {
  if (expr.kind !== 'call' || expr.fn !== 'DAYS' || expr.args.length !== 2) return undefined;
  const [to, from] = expr.args;
  const today = to?.kind === 'call' && to.fn === 'TODAY' && to.args.length === 0;
  return today && from?.kind === 'name' ? { kind: 'days', from: from.name } : undefined;
}

function namesOnly(args: Expr[]): string[] | undefined {
  const names = args.map((a) => (a.kind === 'name' ? a.name : undefined));
  return names.every((n): n is string => n !== undefined) ? names : undefined;
}
