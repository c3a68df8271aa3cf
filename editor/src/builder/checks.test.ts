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
});
