import { describe, expect, it } from 'vitest';
import { sampleDefinition } from '../commands/fixtures.ts';
import { checkDefinition, nodeForPath } from './checks.ts';

describe('publish checks', () => {
  it('maps an issue path to the deepest node and its page', () => {
    const def = sampleDefinition();
    expect(nodeForPath(def, 'pages[0].nodes[2].children[0].props.label')).toEqual({ nodeId: 'c', pageId: 'p1' });
    expect(nodeForPath(def, 'pages[0].nodes[2].title')).toEqual({ nodeId: 's', pageId: 'p1' });
    expect(nodeForPath(def, 'pages[1].title')).toEqual({ pageId: 'p2' });
    expect(nodeForPath(def, 'settings.consentText')).toEqual({});
  });

  it('lists errors with their node, and warnings for unlabelled inputs', () => {
    const def = sampleDefinition();
    def.pages[0]!.nodes[0]!.visibleWhen = 'nosuchfield == 1';
    const checks = checkDefinition(def, 'zh-CN');
    expect(checks.errors.some((e) => e.nodeId === 'a' && e.path.includes('visibleWhen'))).toBe(true);
    expect(checks.errorNodes.has('a')).toBe(true);
    expect(checks.warnings.some((w) => w.nodeId === 'c')).toBe(true);
    expect(checkDefinition(def, 'zh-CN')).toBe(checks);
  });

  it('blocks publishing when an outcome rule can never apply (the same check as the server’s publish)', () => {
    const def = sampleDefinition();
    def.outcomes = [
      { result: { code: 'ok', label: '正常' } },
      { when: 'true', result: { code: 'late', label: '迟到' } },
    ];
    const checks = checkDefinition(def, 'zh-CN');
    const unreachable = checks.errors.filter((e) => e.path.startsWith('outcomes'));
    expect(unreachable).toEqual([expect.objectContaining({ path: 'outcomes[1]' })]);
    expect(unreachable[0]?.message).toContain('第 1 条规则“正常”');
  });
});
