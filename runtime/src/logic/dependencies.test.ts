import { EXAMPLES } from '@sprout/examples';
import { describe, expect, it } from 'vitest';
import { blockExpressions, dependencyPaths, expandComputed, namesRead, type RowScope } from './dependencies.ts';
import { computedMap } from './live-scope.ts';

const health = EXAMPLES['health-code']!;
const survey = EXAMPLES['huitoukan-survey']!;

describe('dependency tracking', () => {
  it('finds the names a formula reads', () => {
    expect(namesRead('travel == "是"')).toEqual(['travel']);
    expect(namesRead('')).toEqual([]);
  });

  it('expands computed values to the answers they come from, transitively', () => {
    expect(expandComputed(['age'], computedMap(health))).toEqual(['idNumber']);
    const surveyComputed = computedMap(survey);
    expect(expandComputed(['perCapitaIncome'], surveyComputed).sort()).toEqual(['farmIncome', 'members']);
  });

  it('resolves names of a repeat row to the row and the rest to the form', () => {
    const row: RowScope = { prefix: 'members.2', fieldNames: new Set(['age', 'working']), parent: null };
    expect(dependencyPaths(['age >= 16'], row, new Map())).toEqual(['members.2.age']);
    expect(dependencyPaths(['working == "是" && memberCount > 2'], row, computedMap(survey))).toEqual([
      'members.2.working',
      'members',
    ]);
  });

  it('lists the render expressions of a block of nodes in order, skipping blank ones', () => {
    const nodes = [
      { id: 'a', type: 'text', name: 'a' },
      { id: 'b', type: 'text', name: 'b', visibleWhen: 'a == "x"', requiredWhen: ' ' },
      { id: 'c', type: 'text', name: 'c', requiredWhen: 'b > 1', readOnlyWhen: 'a == "y"' },
    ];
    expect(blockExpressions(nodes)).toEqual(['a == "x"', 'b > 1', 'a == "y"']);
    expect(blockExpressions([])).toEqual([]);
  });
});
