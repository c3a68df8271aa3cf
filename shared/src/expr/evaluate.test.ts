import { describe, expect, it } from 'vitest';
import type { Clock } from './dates.ts';
import { evaluate } from './evaluate.ts';
import { ExprError } from './expr-error.ts';
import { parseExpression } from './parse.ts';
import { createScope } from './scope.ts';

const clock: Clock = { now: new Date('2026-11-28T18:00:00Z'), utcOffsetMinutes: 480 };
const data = {
  age: 61,
  temperature: 37.5,
  name: '张三',
  contact: '是',
  blank: '',
  symptoms: ['发热', '咳嗽'],
  members: [
    { name: '甲', amount: 100, age: 30 },
    { name: '乙', amount: 250.5, age: 8 },
    { name: '丙', amount: '', age: 70 },
  ],
  idNumber: '11010519491231002X',
  birth: '2000-02-29',
  returned: '2026-11-20',
  ok: true,
};
const run = (src: string, values: Record<string, unknown> = data) =>
  evaluate(parseExpression(src), createScope(values), { clock });

describe('operators', () => {
  it.each([
    ['1 + 2 * 3', 7],
    ['(1 + 2) * 3', 9],
    ['10 - 4 - 3', 3],
    ['7 / 2', 3.5],
    ['7 % 4', 3],
    ['-age', -61],
    ['+"42"', 42],
    ['"年龄" + age', '年龄61'],
    ['age + "1"', 62],
    ['blank + 1', 1],
    ['1 / 0', null],
    ['blank * 3', null],
  ])('%s = %j', (src, expected) => expect(run(src)).toEqual(expected));

  it.each([
    ['temperature >= 37.3', true],
    // Equal values tell >= from > and <= from <.
    ['temperature >= 37.5', true],
    ['temperature > 37.5', false],
    ['temperature <= 37.5', true],
    ['temperature < 37.5', false],
    ['age >= 61 && age <= 61', true],
    ['temperature > 37.5', false],
    ['temperature <= 37.5', true],
    ['age < 60', false],
    ['contact == "是"', true],
    ['contact != "是"', false],
    ['age == "61"', true],
    ['age === 61', true],
    ['age !== 61', false],
    ['blank == null', true],
    ['blank > 3', false],
    ['returned < "2026-12-01"', true],
    ['age >= 60 && contact == "是"', true],
    ['age < 60 || contact == "是"', true],
    ['!ok', false],
    ['!blank', true],
    ['age >= 60 ? "老年" : "非老年"', '老年'],
  ])('%s is %j', (src, expected) => expect(run(src)).toEqual(expected));

  it('short-circuits && and || so the right side is not evaluated', () => {
    expect(run('false && 1 / "x" > 0')).toBe(false);
    expect(run('true || 1 / "x" > 0')).toBe(true);
  });

  it('reads fields of repeat rows as lists and rows by index', () => {
    expect(run('members.name')).toEqual(['甲', '乙', '丙']);
    expect(run('members[1].amount')).toBe(250.5);
    expect(run('members[9].amount')).toBeUndefined();
    expect(run('[1, 2, age]')).toEqual([1, 2, 61]);
  });

  it('reads unknown names as blank', () => {
    expect(run('missing')).toBeUndefined();
    expect(run('ISEMPTY(missing)')).toBe(true);
  });
});

describe('functions', () => {
  it.each([
    ['IF(age >= 60, "老年", "")', '老年'],
    ['IF(age < 60, "青年")', null],
    ['AND(age > 60, ok, contact == "是")', true],
    ['AND(age > 60, blank)', false],
    ['OR(blank, age > 100)', false],
    ['OR(blank, ok)', true],
    ['NOT(ok)', false],
    ['ISEMPTY(blank)', true],
    ['ISEMPTY(name)', false],
    ['ISEMPTY(symptoms)', false],
    ['LEN(name)', 2],
    ['LEN(symptoms)', 2],
    ['LEN(blank)', 0],
    ['CONTAINS(symptoms, "发热")', true],
    ['CONTAINS(symptoms, "腹泻")', false],
    ['CONTAINS(name, "张")', true],
    ['CONTAINS(blank, "x")', false],
    ['SUM(members.amount)', 350.5],
    ['SUM(1, 2, members.age)', 111],
    ['COUNT(members)', 3],
    ['COUNT(members.amount)', 2],
    ['COUNT(symptoms, name, blank)', 3],
    ['AVG(members.age)', 36],
    ['AVG(blank)', null],
    ['MIN(members.age)', 8],
    ['MAX(members.age, 99)', 99],
    ['MIN(blank)', null],
    ['ROUND(2.345, 2)', 2.35],
    ['ROUND(1.005, 2)', 1.01],
    ['ROUND(-1.005, 2)', -1.01],
    ['ROUND(0.285, 2)', 0.29],
    ['ROUND(1234.5678, 3)', 1234.568],
    ['ROUND(0.0000001234, 9)', 0.000000123],
    ['ROUND(-2.5)', -3],
    ['ROUND(1234.5, -2)', 1200],
    ['ROUND(blank)', null],
    ['TODAY()', '2026-11-29'],
    ['NOW()', '2026-11-29T02:00:00+08:00'],
    ['DAYS(TODAY(), returned)', 9],
    ['DAYS("2026-03-01", birth)', 9497],
    ['DAYS(blank, returned)', null],
    ['AGE(idNumber)', 76],
    ['AGE(birth)', 26],
    ['AGE("2000-11-30")', 25],
    ['AGE(blank)', null],
    ['AGE("not a date")', null],
    ['sum(1, 2)', 3],
  ])('%s = %j', (src, expected) => expect(run(src)).toEqual(expected));

  it('throws its own error for a non-date in DAYS and for text in arithmetic', () => {
    expect(() => run('DAYS("tomorrow", returned)')).toThrow(ExprError);
    expect(() => run('name - 1')).toThrow(ExprError);
  });

  it('rejects unknown functions and wrong argument counts at evaluation too', () => {
    expect(() => run('EVAL("1")')).toThrow(/unknown function EVAL/);
    expect(() => run('NOT(1, 2)')).toThrow(/NOT takes 1 argument/);
    expect(() => run('TODAY(1)')).toThrow(ExprError);
  });
});

describe('safety', () => {
  it('cannot reach prototypes or JavaScript globals', () => {
    expect(() => parseExpression('constructor')).toThrow(ExprError);
    expect(() => parseExpression('name.__proto__')).toThrow(ExprError);
    expect(() => parseExpression('members["constructor"]')).toThrow(ExprError);
    expect(run('toString')).toBeUndefined();
    expect(run('name.length')).toBeUndefined();
    expect(run('hasOwnProperty')).toBeUndefined();
    expect(run('members.map')).toEqual([undefined, undefined, undefined]);
  });

  it('refuses calls on anything but a function name, and this', () => {
    expect(() => parseExpression('name.toString()')).toThrow(ExprError);
    expect(() => parseExpression('this')).toThrow(ExprError);
    expect(() => parseExpression('a => 1')).toThrow(ExprError);
    expect(() => parseExpression('a | 1')).toThrow(ExprError);
  });

  it('bounds length, depth and work', () => {
    expect(() => parseExpression(`${'1+'.repeat(600)}1`)).toThrow(/longer than/);
    expect(() => parseExpression(`${'NOT('.repeat(60)}1${')'.repeat(60)}`)).toThrow(/nested/);
    expect(parseExpression(`${'('.repeat(60)}1${')'.repeat(60)}`)).toEqual({ kind: 'literal', value: 1 });
    const rows = Array.from({ length: 50_000 }, (_, i) => ({ v: i }));
    expect(() =>
      evaluate(parseExpression('SUM(r.v) + SUM(r.v) + SUM(r.v) + SUM(r.v) + SUM(r.v)'), createScope({ r: rows }), {
        clock,
      }),
    ).toThrow(/too many steps/);
  });

  it('reports syntax errors as ExprError', () => {
    for (const bad of ['', '   ', 'age >=', '(1', 'a, b', '"unterminated', '1 ? 2']) {
      expect(() => parseExpression(bad)).toThrow(ExprError);
    }
  });
});
