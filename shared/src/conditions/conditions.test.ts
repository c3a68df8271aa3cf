import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeExpression } from '../expr/analyze.ts';
import { evaluate } from '../expr/evaluate.ts';
import { type ExprType, T } from '../expr/expr-type.ts';
import { parseExpression } from '../expr/parse.ts';
import { createScope } from '../expr/scope.ts';
import type { ConditionGroup, ConditionOp, ConditionRow, ConditionValue } from './condition.ts';
import { operatorsFor } from './condition.ts';
import { conditionToExpression } from './condition-to-expression.ts';
import { expressionToCondition } from './expression-to-condition.ts';

const FIELDS: Record<string, ExprType> = {
  temperature: T.number,
  remark: T.string,
  visitedRisk: T.string,
  symptoms: T.list(T.string),
  consent: T.boolean,
  returnDate: T.date,
};
const env = (name: string) => FIELDS[name];

const texts = fc.constantFrom('是', '否', '发热', '咳嗽', 'a"b', 'x\\y', '他说“好”', '（空）');
// A few shared values make answers often equal a row's value, where off-by-one operators differ.
const numbers = fc.oneof(
  fc.constantFrom(-1, 0, 36.5, 37.3, 38),
  fc.integer({ min: -500, max: 500 }).map((n) => n / 10),
);
const dates = fc.constantFrom('2026-01-01', '2026-02-15', '2026-11-30', '2027-03-01');

function valuesOf(type: ExprType): fc.Arbitrary<ConditionValue> {
  if (type.t === 'number') return numbers;
  if (type.t === 'date') return dates;
  if (type.t === 'boolean') return fc.boolean();
  return texts;
}

const row: fc.Arbitrary<ConditionRow> = fc.constantFrom(...Object.keys(FIELDS)).chain((field) => {
  const type = FIELDS[field] as ExprType;
  return fc.record({
    kind: fc.constant('row' as const),
    field: fc.constant(field),
    op: fc.constantFrom(...operatorsFor(type)),
    value: valuesOf(type),
    value2: valuesOf(type),
  });
});
const join = fc.constantFrom('all' as const, 'any' as const);
const inner: fc.Arbitrary<ConditionGroup> = fc.record({
  kind: fc.constant('group' as const),
  join,
  items: fc.array(row, { minLength: 1, maxLength: 3 }),
});
const condition: fc.Arbitrary<ConditionGroup> = fc.record({
  kind: fc.constant('group' as const),
  join,
  items: fc.array(fc.oneof({ weight: 3, arbitrary: row }, { weight: 1, arbitrary: inner }), {
    minLength: 1,
    maxLength: 4,
  }),
});

const answers = fc.record(
  {
    temperature: fc.option(numbers, { nil: undefined }),
    remark: fc.option(fc.oneof(texts, fc.constant('')), { nil: undefined }),
    visitedRisk: fc.option(texts, { nil: undefined }),
    symptoms: fc.option(fc.array(texts, { maxLength: 3 }), { nil: undefined }),
    consent: fc.option(fc.boolean(), { nil: undefined }),
    returnDate: fc.option(dates, { nil: undefined }),
  },
  { requiredKeys: [] },
);

/** What the rows say, written without the engine: the oracle the formula must agree with. */
function rowHolds(r: ConditionRow, data: Record<string, unknown>): boolean {
  const v = data[r.field];
  const blank = v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
  const order = (a: ConditionValue, b: unknown) =>
    typeof a === 'number' ? a - (b as number) : a < (b as string) ? -1 : a > (b as string) ? 1 : 0;
  const ops: Record<ConditionOp, () => boolean> = {
    eq: () => v === r.value,
    ne: () => v !== r.value,
    contains: () => !blank && (Array.isArray(v) ? v.includes(r.value) : String(v).includes(String(r.value))),
    notContains: () => !ops.contains(),
    gt: () => !blank && order(v as ConditionValue, r.value) > 0,
    gte: () => !blank && order(v as ConditionValue, r.value) >= 0,
    lt: () => !blank && order(v as ConditionValue, r.value) < 0,
    lte: () => !blank && order(v as ConditionValue, r.value) <= 0,
    between: () => ops.gte() && !blank && order(v as ConditionValue, r.value2) <= 0,
    empty: () => blank,
    notEmpty: () => !blank,
  };
  return ops[r.op]();
}

function holds(g: ConditionGroup, data: Record<string, unknown>): boolean {
  const each = (i: ConditionRow | ConditionGroup) => (i.kind === 'row' ? rowHolds(i, data) : holds(i, data));
  return g.join === 'all' ? g.items.every(each) : g.items.some(each);
}

const run = (source: string, data: Record<string, unknown>) => evaluate(parseExpression(source), createScope(data));

describe('condition builder ↔ expression', () => {
  it('any built condition parses, analyses clean and evaluates as its rows say', () => {
    fc.assert(
      fc.property(condition, answers, (built, data) => {
        const source = conditionToExpression(built);
        expect(analyzeExpression(source, env).problems).toEqual([]);
        expect(run(source, data)).toBe(holds(built, data));
      }),
      { numRuns: 400 },
    );
  });

  it('reads back every built condition as rows with the same meaning, and writes it the same way again', () => {
    fc.assert(
      fc.property(condition, answers, (built, data) => {
        const source = conditionToExpression(built);
        const read = expressionToCondition(source);
        expect(read).toBeDefined();
        const again = conditionToExpression(read as ConditionGroup);
        expect(run(again, data)).toBe(holds(built, data));
        expect(conditionToExpression(expressionToCondition(again) as ConditionGroup)).toBe(again);
      }),
      { numRuns: 400 },
    );
  });

  it.each([
    ['visitedRisk == "是"', { join: 'all', items: [{ kind: 'row', field: 'visitedRisk', op: 'eq', value: '是' }] }],
    [
      'temperature >= 37.3 || CONTAINS(symptoms, "发热")',
      {
        join: 'any',
        items: [
          { kind: 'row', field: 'temperature', op: 'gte', value: 37.3 },
          { kind: 'row', field: 'symptoms', op: 'contains', value: '发热' },
        ],
      },
    ],
    [
      'consent == true && (temperature >= 36 && temperature <= 37.2) && !ISEMPTY(remark)',
      {
        join: 'all',
        items: [
          { kind: 'row', field: 'consent', op: 'eq', value: true },
          { kind: 'row', field: 'temperature', op: 'between', value: 36, value2: 37.2 },
          { kind: 'row', field: 'remark', op: 'notEmpty' },
        ],
      },
    ],
    [
      'visitedRisk != "否" && (temperature < -1 || !CONTAINS(symptoms, "咳嗽"))',
      {
        join: 'all',
        items: [
          { kind: 'row', field: 'visitedRisk', op: 'ne', value: '否' },
          {
            kind: 'group',
            join: 'any',
            items: [
              { kind: 'row', field: 'temperature', op: 'lt', value: -1 },
              { kind: 'row', field: 'symptoms', op: 'notContains', value: '咳嗽' },
            ],
          },
        ],
      },
    ],
  ])('reads %s as rows and writes it back unchanged', (source, rows) => {
    const read = expressionToCondition(source);
    expect(read).toEqual({ kind: 'group', ...rows });
    expect(conditionToExpression(read as ConditionGroup)).toBe(source);
  });

  it('reads what an official typed on a Chinese keyboard', () => {
    expect(expressionToCondition('visitedRisk ＝ ‘是’')?.items).toEqual([
      { kind: 'row', field: 'visitedRisk', op: 'eq', value: '是' },
    ]);
  });

  it.each([
    'AGE(idNumber) >= 60',
    'temperature + 1 > 38',
    'a || (b && (c || d))',
    'remark',
    'visitedRisk == other',
    'temperature >= 37 &&',
  ])('leaves the hand-written %s as text', (source) => expect(expressionToCondition(source)).toBeUndefined());
});
