import { createBlankDefinition } from '@sprout/shared';
import { describe, expect, it } from 'vitest';
import { coalesceKey, replay } from './index.ts';
import { sampleDefinition } from './fixtures.ts';

describe('outcomes, computed, settings, meta and replace', () => {
  it('replays a sequence of document-level commands', () => {
    const def = replay(sampleDefinition(), [
      { kind: 'set-outcomes', outcomes: [{ when: 'b > 1', result: { code: 'red', label: '红码', color: 'red' } }] },
      { kind: 'set-computed', computed: [{ name: 'double', expr: 'b * 2' }] },
      { kind: 'update-settings', patch: { retentionDays: 30, consentText: '同意' } },
      { kind: 'update-settings', patch: { consentText: '' } },
      { kind: 'update-meta', patch: { title: '新标题', description: '说明' } },
    ]);
    expect(def.outcomes?.[0]?.result.code).toBe('red');
    expect(def.computed).toEqual([{ name: 'double', expr: 'b * 2' }]);
    expect(def.settings.retentionDays).toBe(30);
    expect(def.settings).not.toHaveProperty('consentText');
    expect(def.meta).toEqual({ title: '新标题', description: '说明' });
    const blank = createBlankDefinition();
    expect(replay(def, [{ kind: 'replace-definition', definition: blank }])).toBe(blank);
  });
  it('coalesces typing into one field but not structural edits', () => {
    expect(coalesceKey({ kind: 'update-props', id: 'a', props: { label: 'x' } })).toBe('props:a:label');
    expect(coalesceKey({ kind: 'delete-node', id: 'a' })).toBeUndefined();
  });
});
