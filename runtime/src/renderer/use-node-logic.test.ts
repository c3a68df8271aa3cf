import type { AppNode } from '@sprout/shared/definition';
import { describe, expect, it } from 'vitest';
import { computedMap } from '../logic/live-scope.ts';
import type { RendererContextValue } from './context.ts';
import { createNodeLogic } from './use-node-logic.ts';

function contextOver(values: Record<string, unknown>, reads: string[]) {
  const computed = computedMap({
    schemaVersion: 2,
    meta: { title: 't' },
    pages: [],
    computed: [{ name: 'total', expr: 'a + b' }],
  } as never);
  const read = (path: string) => {
    reads.push(path);
    return path.split('.').reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], values);
  };
  // Only what the logic reads: the computed values, the answers and no clock.
  return { computed, read } as unknown as RendererContextValue;
}

const node = (extra: Partial<AppNode>): AppNode => ({ id: 'n', type: 'text', name: 'n', ...extra });

describe('createNodeLogic', () => {
  it('answers shown, required and read-only from the live answers', () => {
    const logicOf = createNodeLogic(null, contextOver({ a: 3, b: 9, mode: 'locked' }, []));
    expect(logicOf(node({ visibleWhen: 'total > 10' }))).toEqual({ shown: true, required: false, readOnly: false });
    expect(
      logicOf(node({ visibleWhen: 'total > 20', requiredWhen: 'a == 3', readOnlyWhen: 'mode == "locked"' })),
    ).toEqual({ shown: false, required: true, readOnly: true });
    expect(logicOf(node({ required: true }))).toEqual({ shown: true, required: true, readOnly: false });
  });

  it('works a computed value out once for all the nodes of a block', () => {
    const reads: string[] = [];
    const logicOf = createNodeLogic(null, contextOver({ a: 3, b: 9 }, reads));
    logicOf(node({ visibleWhen: 'total > 10' }));
    logicOf(node({ requiredWhen: 'total > 5' }));
    expect(reads.filter((p) => p === 'a')).toHaveLength(1);
  });

  it("reads a repeat row's own answers first", () => {
    const row = { prefix: 'members.1', fieldNames: new Set(['age']), parent: null };
    const logicOf = createNodeLogic(row, contextOver({ age: 1, members: [{ age: 10 }, { age: 70 }] }, []));
    expect(logicOf(node({ visibleWhen: 'age >= 60' })).shown).toBe(true);
  });
});
