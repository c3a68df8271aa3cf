import { describe, expect, it } from 'vitest';
import { formulaTokens } from './formula-tokens.ts';

describe('formulaTokens', () => {
  const names = new Set(['fever', 'temperature', 'members', 'amount']);

  it('finds the data keys a formula reads, leaving quoted text, functions and row fields as text', () => {
    expect(formulaTokens('fever == "fever" && SUM(members.amount) > temperature', names)).toEqual([
      { kind: 'field', name: 'fever' },
      { kind: 'text', text: ' == "fever" && SUM(' },
      { kind: 'field', name: 'members' },
      { kind: 'text', text: '.amount) > ' },
      { kind: 'field', name: 'temperature' },
    ]);
  });

  it('keeps Chinese quotes and unknown names as typed', () => {
    expect(formulaTokens('fever = ‘是’ || other', names)).toEqual([
      { kind: 'field', name: 'fever' },
      { kind: 'text', text: ' = ‘是’ || other' },
    ]);
  });
});
