import { describe, expect, it } from 'vitest';
import { ids, sampleDefinition } from '../commands/fixtures.ts';
import { applyCommand } from '../commands/index.ts';
import { canDrop, dropCommand, endId, pageTabId, paletteId, parseSource, parseTarget } from './drop-target.ts';

const def = sampleDefinition();

function drop(sourceId: string, targetId: string, after = false) {
  const cmd = dropCommand(def, parseSource(sourceId), parseTarget(targetId), after);
  return cmd ? applyCommand(def, cmd) : undefined;
}

describe('drag end → command', () => {
  it('parses ids', () => {
    expect(parseSource(paletteId('text'))).toEqual({ kind: 'palette', type: 'text' });
    expect(parseTarget(endId('p1', 's'))).toEqual({ kind: 'end', pageId: 'p1', parentId: 's' });
    expect(parseTarget(endId('p1'))).toEqual({ kind: 'end', pageId: 'p1' });
    expect(parseTarget(pageTabId('p2'))).toEqual({ kind: 'page', pageId: 'p2' });
  });

  it('drops a palette item before or after a node, or at the end of a section', () => {
    expect(ids(drop('palette:phone', 'b')?.pages[0]?.nodes)).toEqual(['a', 'phone-1', 'b', 's', 'r']);
    expect(ids(drop('palette:phone', 'b', true)?.pages[0]?.nodes)).toEqual(['a', 'b', 'phone-1', 's', 'r']);
    expect(ids(drop('palette:phone', endId('p1', 's'))?.pages[0]?.nodes[2]?.children)).toEqual(['c', 'phone-1']);
  });

  it('moves nodes into a repeat group, out of a section and onto another page tab', () => {
    expect(ids(drop('a', endId('p1', 'r'))?.pages[0]?.nodes[2]?.children)).toEqual(['a']);
    expect(ids(drop('c', 'a')?.pages[0]?.nodes)).toEqual(['c', 'a', 'b', 's', 'r']);
    expect(ids(drop('b', pageTabId('p2'))?.pages[1]?.nodes)).toEqual(['d', 'b']);
  });

  it('refuses to drop a container into itself and ignores a drop on itself', () => {
    expect(canDrop(def, parseSource('s'), parseTarget(endId('p1', 's')))).toBe(false);
    expect(canDrop(def, parseSource('s'), parseTarget('c'))).toBe(false);
    expect(drop('s', 'c')).toBeUndefined();
    expect(drop('a', 'a')).toBeUndefined();
  });
});
