import { describe, expect, it } from 'vitest';
import { sampleDefinition } from '../../commands/fixtures.ts';
import { exprProblems, scopeFor, suggestionsFor, wordBefore } from './expression-help.ts';

describe('expression help', () => {
  const def = sampleDefinition();
  def.pages[0]!.nodes[3]!.children = [{ id: 'amt', type: 'number', name: 'amount' }];

  it('offers field names and functions for the word before the caret', () => {
    const scope = scopeFor(def, 'a');
    expect(wordBefore('b > 1 && a', 10)).toBe('a');
    expect(suggestionsFor('ro', scope, 'zh-CN').map((s) => s.text)).toContain('rows');
    expect(suggestionsFor('CO', scope, 'zh-CN').map((s) => s.text)).toContain('COUNT(');
  });

  it('finds questions by label, pinyin initials or key, and inserts the key', () => {
    const scope = scopeFor(def, 'a');
    const labels = new Map([['b', '今日体温']]);
    const initials = (label: string, word: string) => label === '今日体温' && word === 'jrtw';
    expect(suggestionsFor('体温', scope, 'zh-CN', labels)).toEqual([{ text: 'b', kind: 'field', hint: '今日体温' }]);
    expect(suggestionsFor('jrtw', scope, 'zh-CN', labels, initials).map((s) => s.text)).toEqual(['b']);
    expect(wordBefore('a == 1 && 体温', 12)).toBe('体温');
  });

  it('sees the row fields inside a repeat group only', () => {
    expect(scopeFor(def, 'amt').names).toContain('amount');
    expect(scopeFor(def, 'a').names).not.toContain('amount');
  });

  it('reports unknown names and syntax errors as the official types', () => {
    const scope = scopeFor(def, 'a');
    expect(exprProblems('b > 1', scope, 'zh-CN')).toEqual([]);
    expect(exprProblems('nosuch == 1', scope, 'zh-CN')[0]).toMatch(/没有名为“nosuch”的问题/);
    expect(exprProblems('b = 1', scope, 'zh-CN')).toEqual([]);
    expect(exprProblems('b >', scope, 'en')).toHaveLength(1);
  });
});
