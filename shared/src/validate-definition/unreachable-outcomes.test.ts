import { EXAMPLES } from '@sprout/examples';
import { describe, expect, it } from 'vitest';
import type { OutcomeRule } from '../definition/types.ts';
import { validateDefinition, validateForPublish } from './index.ts';
import { findUnreachableOutcomes } from './unreachable-outcomes.ts';

const rule = (code: string, when?: string): OutcomeRule => ({
  ...(when === undefined ? {} : { when }),
  result: { code, label: { 'zh-CN': `${code}码`, en: `${code} code` } },
});

describe('findUnreachableOutcomes', () => {
  it('finds nothing in ordered rules with the catch-all last, or in none at all', () => {
    expect(findUnreachableOutcomes([rule('red', 'contact'), rule('yellow', 'fever'), rule('green')])).toEqual([]);
    expect(findUnreachableOutcomes(undefined)).toEqual([]);
    for (const def of Object.values(EXAMPLES)) expect(findUnreachableOutcomes(def.outcomes)).toEqual([]);
  });

  it('marks every rule after an unconditional one, naming the rule that shadows it', () => {
    const found = findUnreachableOutcomes([rule('red', 'contact'), rule('green'), rule('yellow', 'fever')], 'en');
    expect(found).toEqual([
      expect.objectContaining({ path: 'outcomes[2]', rule: 2, shadowedBy: 1, reason: 'always-matches' }),
    ]);
    expect(found[0]?.message).toContain('rule 2 ("green code")');
    expect(findUnreachableOutcomes([rule('green'), rule('red', 'x')])[0]?.message).toContain('第 1 条规则“green码”');
  });

  it('treats a blank condition and a condition that always holds as unconditional', () => {
    for (const always of ['  ', 'true', '1 == 1', '(2 > 1) && !false', '"是"']) {
      expect(findUnreachableOutcomes([rule('a', always), rule('b', 'x > 1')]), always).toHaveLength(1);
    }
  });

  it('does not call a condition that reads an answer or the clock always true', () => {
    for (const maybe of ['x || true', 'TODAY() != ""', 'false', '1 == 2', 'IF(x, true, true)']) {
      expect(findUnreachableOutcomes([rule('a', maybe), rule('b', 'y')]), maybe).toEqual([]);
    }
  });

  it('marks a later rule with exactly the same condition, ignoring spacing and brackets', () => {
    const found = findUnreachableOutcomes([rule('red', 'temp>=37.3'), rule('x', 'a'), rule('y', '(temp >= 37.3)')]);
    expect(found).toEqual([expect.objectContaining({ rule: 2, shadowedBy: 0, reason: 'same-condition' })]);
    expect(findUnreachableOutcomes([rule('a', 'temp > 37'), rule('b', 'temp >= 37')])).toEqual([]);
  });

  it('reports each unreachable rule once, shadowed by the first rule that takes its place', () => {
    const found = findUnreachableOutcomes([rule('a', 'x'), rule('b'), rule('c', 'x'), rule('d')]);
    expect(found.map((f) => [f.rule, f.shadowedBy])).toEqual([
      [2, 1],
      [3, 1],
    ]);
  });
});

describe('the publish check', () => {
  const withOutcomes = (outcomes: OutcomeRule[]) => ({ ...structuredClone(EXAMPLES['health-code']), outcomes });

  it('refuses a definition with an unreachable rule that a draft may still hold', () => {
    const def = withOutcomes([rule('green'), rule('red', 'contact == "是"')]);
    expect(validateDefinition(def).ok).toBe(true);
    const r = validateForPublish(def, { locale: 'en' });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues).toEqual([expect.objectContaining({ path: 'outcomes[1]', code: 'outcome-unreachable' })]);
  });

  it('passes the examples, and reports unreachable rules beside other errors', () => {
    for (const def of Object.values(EXAMPLES)) expect(validateForPublish(def).ok).toBe(true);
    const broken = withOutcomes([rule('green'), rule('red', 'nosuchfield')]);
    const r = validateForPublish(broken, { locale: 'en' });
    expect(r.ok ? [] : r.issues.map((i) => i.path)).toEqual(['outcomes[1].when', 'outcomes[1]']);
  });
});

describe('an outcome message for the resident', () => {
  it('is optional localized text, validated like a label', () => {
    const message = { 'zh-CN': '请居家并联系村卫生室', en: 'Stay home and call the village clinic' };
    const good = withMessage(message);
    expect(validateDefinition(good).ok).toBe(true);
    const bad = validateDefinition(withMessage({ fr: 'non' }));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues[0]?.path).toBe('outcomes[0].result.message');
  });
});

function withMessage(message: unknown) {
  const def = structuredClone(EXAMPLES['health-code']) as unknown as { outcomes: Array<{ result: object }> };
  def.outcomes[0]!.result = { ...def.outcomes[0]!.result, message };
  return def;
}
