import { describe, expect, it } from 'vitest';
import { analyzeExpression } from './analyze.ts';
import { type ExprType, T } from './expr-type.ts';

const types: Record<string, ExprType> = {
  age: T.number,
  name: T.string,
  ok: T.boolean,
  birth: T.date,
  symptoms: T.list(T.string),
  members: T.list(T.record({ name: T.string, amount: T.number })),
  location: T.record({ lat: T.number, lng: T.number }),
};
const env = (n: string) => types[n];
const problems = (src: string) => analyzeExpression(src, env).problems.map((p) => `${p.code}: ${p.message}`);

describe('analyzeExpression', () => {
  it.each([
    'age >= 60 && name != ""',
    'IF(AGE(birth) >= 60, "老年", "")',
    'SUM(members.amount) > 100',
    'COUNT(members) <= 5',
    'CONTAINS(symptoms, "发热")',
    'location.lat > 30',
    'members[0].name == "甲"',
    'DAYS(TODAY(), birth) < 14',
    'ROUND(age / 3, 1)',
    'age == "60"',
  ])('accepts %s', (src) => expect(problems(src)).toEqual([]));

  it('collects the names a formula reads', () => {
    expect([...analyzeExpression('IF(age > 1, name, members.name)', env).names].sort()).toEqual([
      'age',
      'members',
      'name',
    ]);
  });

  it.each([
    ['agee > 1', 'unknown-name: unknown name agee'],
    ['members.nmae', 'unknown-name: unknown field nmae'],
    ['FOO(1)', 'unknown-function: unknown function FOO'],
    ['IF(ok)', 'arity: IF takes 2 to 3 arguments, not 1'],
    ['TODAY(1)', 'arity: TODAY takes 0 arguments, not 1'],
    ['NOT()', 'arity: NOT takes 1 argument, not 0'],
    ['age == "老年"', 'type: == compares a number with text, which never holds'],
    ['symptoms == "发热"', 'type: == compares single values, not a list; use CONTAINS(list, value)'],
    ['members > 3', 'type: > compares single values, not a list'],
    ['ok * 2', 'type: * needs numbers on both sides'],
    ['symptoms + 1', 'type: + cannot add lists; use SUM(...)'],
    ['SUM(ok)', 'type: SUM needs numbers, not boolean'],
    ['SUM(members)', 'type: SUM needs numbers, not list of record'],
    ['AGE(age)', 'type: AGE needs a date, not number'],
    ['DAYS(age, birth)', 'type: DAYS needs a date, not number'],
    ['name.first', 'type: .first cannot be read from a string'],
    ['ok < age', 'type: < cannot order yes/no values'],
    ['-symptoms', 'type: - needs a number'],
  ])('reports %s', (src, expected) => expect(problems(src)).toContain(expected));

  it('reports syntax errors as problems instead of throwing', () => {
    expect(problems('age >=')[0]).toMatch(/^syntax: /);
  });
});
