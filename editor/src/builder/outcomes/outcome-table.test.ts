import { createBlankDefinition, type OutcomeRule } from '@sprout/shared';
import { describe, expect, it } from 'vitest';
import { addOutcome, matchingOutcome, moveOutcome, pinCatchAll } from './outcome-table.ts';

const codes = (rules: OutcomeRule[]) => rules.map((r) => r.result.code);

describe('the outcome decision table', () => {
  it('adds 其余情况 first and every later rule above it, so nobody gets green by accident', () => {
    let rules = addOutcome([], undefined);
    rules = addOutcome(rules, 'temperature >= 37.3');
    rules = addOutcome(rules, 'contact == "是"');
    expect(codes(rules)).toEqual(['red', 'yellow', 'green']);
    expect(rules.map((r) => r.when)).toEqual(['temperature >= 37.3', 'contact == "是"', undefined]);
  });

  it('keeps the catch-all pinned last whatever the order it came in', () => {
    const green = { result: { code: 'green', label: '绿码' } };
    const red = { when: 'a == 1', result: { code: 'red', label: '红码' } };
    expect(codes(pinCatchAll([green, red]))).toEqual(['red', 'green']);
    expect(codes(moveOutcome([red, green], 0, 1))).toEqual(['red', 'green']);
    const unfinished = addOutcome(addOutcome([], undefined), undefined);
    expect(codes(unfinished)).toEqual(['red', 'green']);
  });

  it('tells which rule sample answers meet first, computed values included', () => {
    const def = createBlankDefinition('健康申报');
    def.pages[0]!.nodes = [
      { id: 't', type: 'number', name: 'temperature' },
      { id: 'c', type: 'radio', name: 'contact', props: { options: [{ value: '是', label: '是' }] } },
    ];
    def.computed = [{ name: 'fever', expr: 'temperature >= 37.3' }];
    def.outcomes = [
      { when: 'fever', result: { code: 'red', label: '红码' } },
      { when: 'contact = “是”', result: { code: 'yellow', label: '黄码' } },
      { result: { code: 'green', label: '绿码' } },
    ];
    expect(matchingOutcome(def, { temperature: 38, contact: '是' })).toBe(0);
    expect(matchingOutcome(def, { temperature: 36.5, contact: '是' })).toBe(1);
    expect(matchingOutcome(def, { temperature: 36.5 })).toBe(2);
    expect(matchingOutcome({ ...def, outcomes: def.outcomes.slice(0, 2) }, {})).toBe(-1);
  });
});
