import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWithJsep } from './parse.ts';
import { parsePlainFormula } from './parse-plain.ts';

// CI runs at least 10,000 cases per property; FAST_CHECK_RUNS may raise it locally.
const RUNS = Math.max(10_000, Number(process.env.FAST_CHECK_RUNS ?? 0));

/** jsep's route as a value: the tree, or the fact that it refused. */
function viaJsep(source: string): unknown {
  try {
    return parseWithJsep(source);
  } catch {
    return 'refused';
  }
}

/** Either the quick reader gives up, or it gives exactly jsep's tree (and never accepts what jsep refuses). */
function agrees(source: string): void {
  const quick = parsePlainFormula(source);
  if (quick !== undefined) expect(quick, source).toEqual(viaJsep(source));
}

// Tokens near and beyond the edge of what the quick reader takes: every one of them is checked against jsep.
const TOKENS = [
  'age',
  'a',
  'b.c',
  'f4',
  '$x',
  '_y',
  'true',
  'false',
  'null',
  'this',
  'constructor',
  '__proto__',
  'SUM',
  'isEmpty',
  '年龄',
  'x年',
  '0',
  '1',
  '37.3',
  '1.',
  '.5',
  '1e3',
  '1.2.3',
  '007',
  '2a',
  '"是"',
  "'否'",
  '""',
  '"a\\"b"',
  '"“好”"',
  '“是”',
  '‘否’',
  '"unclosed',
  '==',
  '!=',
  '===',
  '!==',
  '=',
  '<',
  '<=',
  '>',
  '>=',
  '<<',
  '>>',
  '+',
  '-',
  '*',
  '**',
  '/',
  '%',
  '&&',
  '||',
  '&',
  '|',
  '^',
  '??',
  '!',
  '~',
  '?',
  ':',
  '(',
  ')',
  ',',
  '.',
  '[',
  ']',
  '[0]',
  ';',
  ' ',
  '  ',
  '\t',
  '\n',
  '＝',
  '＞',
  '≥',
  '，',
  '（',
  '）',
  '\u3000',
];

const tokenSoup = fc.array(fc.constantFrom(...TOKENS), { minLength: 1, maxLength: 12 }).map((t) => t.join(''));
const spacedSoup = fc.array(fc.constantFrom(...TOKENS), { minLength: 1, maxLength: 12 }).map((t) => t.join(' '));

/** Well-formed formulas of the shapes officials write, so the agreeing answers are trees and not only give-ups. */
const formula: fc.Arbitrary<string> = fc.letrec<{ expr: string }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('age', 'name', 'members.amount', 'a.b.c', 'true', 'null', '0', '37.3', '"是"', "'x'", '""'),
    fc
      .tuple(
        tie('expr'),
        fc.constantFrom('==', '!=', '<', '<=', '>', '>=', '+', '-', '*', '/', '%', '&&', '||'),
        tie('expr'),
        fc.constantFrom('', ' '),
      )
      .map(([l, op, r, s]) => `${l}${s}${op}${s}${r}`),
    fc.tuple(fc.constantFrom('!', '-', '+'), tie('expr')).map(([op, e]) => `${op}${e}`),
    tie('expr').map((e) => `(${e})`),
    fc
      .tuple(fc.constantFrom('NOT', 'isEmpty', 'IF', 'SUM', 'count'), fc.array(tie('expr'), { maxLength: 3 }))
      .map(([f, args]) => `${f}(${args.join(', ')})`),
  ),
})).expr;

describe('parsePlainFormula', () => {
  it('reads the common shapes itself', () => {
    for (const source of [
      'NOT(ISEMPTY(f4))',
      'temperature >= 37.3 && contact == "是"',
      'IF(AGE(idNumber) >= 60, "老年", "")',
      'SUM(members.amount) > 1000 || !ok',
      'COUNT(members) * 2 - -1 % 3',
      'SUM(f2,f9,f16)',
    ]) {
      const quick = parsePlainFormula(source);
      expect(quick, source).toBeDefined();
      expect(quick).toEqual(parseWithJsep(source));
    }
  });

  it('leaves Chinese keyboards, conditionals, brackets and mistakes to jsep', () => {
    for (const source of [
      'a = "是"',
      'a == “是”',
      'a ＞ 1',
      'a ? 1 : 2',
      'rows[0].a',
      '"a\\"b"',
      'f(a,)',
      'a b',
      '1.',
      'constructor',
      'a.__proto__',
      'this',
      '"x".length',
    ]) {
      expect(parsePlainFormula(source), source).toBeUndefined();
    }
  });

  it('answers exactly as jsep for well-formed formulas', () => {
    fc.assert(fc.property(formula, agrees), { numRuns: RUNS });
  });

  it('never disagrees with jsep on token soup, mistakes included', () => {
    fc.assert(fc.property(tokenSoup, agrees), { numRuns: RUNS });
    fc.assert(fc.property(spacedSoup, agrees), { numRuns: RUNS });
  });

  it('gives up on trees deeper than the limit, which jsep refuses with its own message', () => {
    const deep = Array.from({ length: 60 }, (_, i) => `a${i}`).join(' + ');
    expect(parsePlainFormula(deep)).toBeUndefined();
    expect(viaJsep(deep)).toBe('refused');
  });
});
