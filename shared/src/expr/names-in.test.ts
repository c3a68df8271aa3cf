import { EXAMPLES } from '@sprout/examples';
import { describe, expect, it } from 'vitest';
import { analyzeTree } from './analyze.ts';
import { T } from './expr-type.ts';
import { namesIn } from './names-in.ts';
import { parseExpression } from './parse.ts';

/** Every formula text in a definition: conditions, rules, computed values, outcomes. */
function formulasIn(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) formulasIn(item, out);
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (typeof v === 'string' && /^(visibleWhen|requiredWhen|readOnlyWhen|expr|when)$/.test(key)) out.push(v);
      else formulasIn(v, out);
    }
  }
  return out;
}

describe('namesIn', () => {
  it('reads the top-level names of members, calls, conditionals and lists', () => {
    expect([...namesIn(parseExpression('a + SUM(b.c) > (d ? e : [f, 1])'))]).toEqual(['a', 'b', 'd', 'e', 'f']);
    expect([...namesIn(parseExpression('"x" == 1'))]).toEqual([]);
  });

  it('gives the names analyzeTree gives, in the same order, for every formula of the examples', () => {
    const formulas = Object.values(EXAMPLES).flatMap((definition) => formulasIn(definition));
    expect(formulas.length).toBeGreaterThan(20);
    for (const source of formulas) {
      const expr = parseExpression(source);
      expect([...namesIn(expr)], source).toEqual([...analyzeTree(expr, () => T.any).names]);
    }
  });
});
