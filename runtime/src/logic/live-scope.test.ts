import { EXAMPLES } from '@sprout/examples';
import { conditionHolds, evaluateComputed } from '@sprout/shared/submission';
import { describe, expect, it } from 'vitest';
import { computedMap, createLiveScope, rowScope } from './live-scope.ts';

const survey = EXAMPLES['huitoukan-survey']!;
const values: Record<string, unknown> = {
  farmIncome: '3000',
  members: [
    { name: '甲', age: '40', working: '是', income: '20000' },
    { name: '乙', age: '10' },
  ],
};
const read = (path: string) => path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)?.[k], values);

describe('createLiveScope', () => {
  it('evaluates computed values on demand exactly as shared does', () => {
    const scope = createLiveScope(computedMap(survey), read);
    const expected = evaluateComputed(survey, values);
    expect(scope.get('perCapitaIncome')).toEqual(expected.perCapitaIncome);
    expect(scope.get('memberCount')).toBe(2);
  });

  it('lets a row formula read its own row first', () => {
    const top = createLiveScope(computedMap(survey), read);
    const row = { prefix: 'members.1', fieldNames: new Set(['age']), parent: null };
    expect(conditionHolds('age >= 16', rowScope(top, row, read))).toBe(false);
    expect(conditionHolds('age >= 16', rowScope(top, { ...row, prefix: 'members.0' }, read))).toBe(true);
  });

  it('ends a cycle among computed values instead of looping', () => {
    const cyclic = new Map([
      ['a', { name: 'a', expr: 'b + 1' }],
      ['b', { name: 'b', expr: 'a + 1' }],
    ]);
    expect(() => createLiveScope(cyclic, () => undefined).get('a')).not.toThrow();
  });
});
