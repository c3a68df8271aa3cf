import { describe, expect, it } from 'vitest';
import { analyzeExpression } from '../expr/analyze.ts';
import { evaluate } from '../expr/evaluate.ts';
import { T } from '../expr/expr-type.ts';
import { parseExpression } from '../expr/parse.ts';
import { createScope } from '../expr/scope.ts';
import { type ComputedRecipe, expressionToRecipe, recipeToExpression } from './computed-recipe.ts';

const types = {
  morning: T.number,
  evening: T.number,
  idNumber: T.string,
  returnDate: T.date,
  today: T.date,
  symptoms: T.list(T.string),
  temperature: T.number,
} as const;
const env = (n: string) => types[n as keyof typeof types];
const clock = { now: new Date('2026-11-30T04:00:00Z'), utcOffsetMinutes: 480 };
const answers = {
  morning: 36.5,
  evening: 37.5,
  idNumber: '110101195001011234',
  returnDate: '2026-11-20',
  today: '2026-11-30',
  symptoms: ['发热', '咳嗽'],
  temperature: 38,
};

describe('computed values from menus', () => {
  it.each<[ComputedRecipe, string, unknown]>([
    [{ kind: 'sum', fields: ['morning', 'evening'] }, 'SUM(morning, evening)', 74],
    [{ kind: 'average', fields: ['morning', 'evening'] }, 'AVG(morning, evening)', 37],
    [{ kind: 'age', field: 'idNumber' }, 'AGE(idNumber)', 76],
    [{ kind: 'days', from: 'returnDate', to: 'today' }, 'DAYS(today, returnDate)', 10],
    [{ kind: 'days', from: 'returnDate' }, 'DAYS(TODAY(), returnDate)', 10],
    [{ kind: 'count', field: 'symptoms' }, 'COUNT(symptoms)', 2],
    [
      {
        kind: 'condition',
        condition: {
          kind: 'group',
          join: 'all',
          items: [{ kind: 'row', field: 'temperature', op: 'gte', value: 37.3 }],
        },
      },
      'temperature >= 37.3',
      true,
    ],
  ])('%o is the formula %s, analyses clean, gives %o and reads back', (recipe, formula, value) => {
    expect(recipeToExpression(recipe)).toBe(formula);
    expect(analyzeExpression(formula, env).problems).toEqual([]);
    expect(evaluate(parseExpression(formula), createScope(answers), { clock })).toBe(value);
    expect(expressionToRecipe(formula)).toEqual(recipe);
  });

  it.each(['SUM(members.amount)', 'ROUND(AVG(a, b), 1)', 'AGE(idNumber) >= 60 || x', 'DAYS(TODAY(), "2026-01-01")'])(
    'leaves the hand-written %s as a formula',
    (formula) => expect(expressionToRecipe(formula)).toBeUndefined(),
  );
});
