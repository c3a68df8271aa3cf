import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeTree } from './analyze.ts';
import { BINARY_OPS, type Expr } from './ast.ts';
import type { Clock } from './dates.ts';
import { evaluate } from './evaluate.ts';
import { ExprError } from './expr-error.ts';
import { T } from './expr-type.ts';
import { FUNCTIONS } from './functions.ts';
import { parseExpression } from './parse.ts';
import { createScope } from './scope.ts';

// CI runs at least 10,000 cases per property; FAST_CHECK_RUNS may raise it locally.
const RUNS = Math.max(10_000, Number(process.env.FAST_CHECK_RUNS ?? 0));
const clock: Clock = { now: new Date('2026-01-01T00:00:00Z'), utcOffsetMinutes: 480 };

const NAMES = ['age', 'name', 'list', 'rows', 'missing', 'constructor', '__proto__', 'toString', 'valueOf'];
const scopeData = {
  age: 42,
  name: '张三',
  list: [1, '2', null, 'x'],
  rows: [{ a: 1, b: 'x' }, { a: '2' }, {}],
};

/** Fails the property if evaluation touches anything but the data: the proxy sees every read. */
function guardedScope() {
  const touched: string[] = [];
  const spy = <T extends object>(o: T): T =>
    new Proxy(o, {
      get(target, key, receiver) {
        if (typeof key === 'string' && !Object.hasOwn(target, key) && !/^\d+$/.test(key) && key !== 'length') {
          if (!(Array.isArray(target) && key in Array.prototype)) touched.push(key);
        }
        return Reflect.get(target, key, receiver);
      },
    });
  const data = JSON.parse(JSON.stringify(scopeData));
  data.rows = data.rows.map(spy);
  return { scope: createScope(spy(data)), touched };
}

function onlyEngineErrors(run: () => void): void {
  try {
    run();
  } catch (e) {
    if (!(e instanceof ExprError)) throw e;
  }
}

const token = fc.constantFrom(
  ...NAMES,
  ...Object.keys(FUNCTIONS),
  ...BINARY_OPS,
  '(',
  ')',
  '[',
  ']',
  ',',
  '.',
  '?',
  ':',
  '!',
  '"a"',
  "'b'",
  '0',
  '1.5',
  '-',
  'true',
  'null',
  ' ',
  '=',
  '|',
  '&',
  '`',
  '{',
  '}',
  'this',
  'new',
  '=>',
);

const literal = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.string({ maxLength: 5 }),
  fc.boolean(),
  fc.constant(null),
);

const exprArb: fc.Arbitrary<Expr> = fc.letrec<{ expr: Expr }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    literal.map((value) => ({ kind: 'literal', value }) as Expr),
    fc.constantFrom(...NAMES).map((name) => ({ kind: 'name', name }) as Expr),
    fc
      .record({ object: tie('expr'), property: fc.oneof(fc.constantFrom(...NAMES, 'a', 'b'), fc.nat(5)) })
      .map((r) => ({ kind: 'member', ...r }) as Expr),
    fc.record({ op: fc.constantFrom('!', '-', '+'), arg: tie('expr') }).map((r) => ({ kind: 'unary', ...r }) as Expr),
    fc
      .record({ op: fc.constantFrom(...BINARY_OPS), left: tie('expr'), right: tie('expr') })
      .map((r) => ({ kind: 'binary', ...r }) as Expr),
    fc
      .record({ test: tie('expr'), whenTrue: tie('expr'), whenFalse: tie('expr') })
      .map((r) => ({ kind: 'conditional', ...r }) as Expr),
    fc
      .record({
        fn: fc.constantFrom(...Object.keys(FUNCTIONS), 'EVAL', 'constructor'),
        args: fc.array(tie('expr'), { maxLength: 4 }),
      })
      .map((r) => ({ kind: 'call', ...r }) as Expr),
    fc.array(tie('expr'), { maxLength: 3 }).map((items) => ({ kind: 'array', items }) as Expr),
  ),
})).expr;

describe('expression engine under random input', () => {
  it('random strings only ever raise ExprError, from parsing through evaluation', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 60 }),
          fc.array(token, { maxLength: 25 }).map((t) => t.join('')),
        ),
        (src) => {
          onlyEngineErrors(() => {
            const { scope, touched } = guardedScope();
            evaluate(parseExpression(src), scope, { clock });
            expect(touched).toEqual([]);
          });
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('random trees evaluate or raise ExprError, never read a prototype property, and terminate', () => {
    fc.assert(
      fc.property(exprArb, (expr) => {
        const { scope, touched } = guardedScope();
        onlyEngineErrors(() => evaluate(expr, scope, { clock, maxSteps: 5000 }));
        expect(touched).toEqual([]);
        // Static analysis of the same tree never throws at all.
        analyzeTree(expr, (n) => (Object.hasOwn(scopeData, n) ? T.any : undefined));
      }),
      { numRuns: RUNS },
    );
  });

  it('a prototype-polluting payload never changes Object.prototype', () => {
    fc.assert(
      fc.property(fc.array(token, { maxLength: 20 }), (tokens) => {
        onlyEngineErrors(() => evaluate(parseExpression(tokens.join(' ')), createScope({}), { clock }));
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 2000 },
    );
  });
});
