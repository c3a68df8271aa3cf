import { describe, expect, it } from 'vitest';
import type { Translate } from '../i18n/index.tsx';
import { createAnnouncements } from './announcements.ts';
import { type DropTarget, parseTarget } from './drop-target.ts';

const t: Translate = (key, params = {}) => `${key}(${Object.values(params).join('|')})`;
const names = { source: (id: string) => `name:${id}`, target: (target: DropTarget) => `at:${JSON.stringify(target)}` };
const over = { id: 'b' } as never;

describe('drag announcements', () => {
  it('says a palette entry was added and a canvas node was dropped', () => {
    const a = createAnnouncements(t, names, parseTarget);
    expect(a.onDragEnd({ active: { id: 'palette:phone' }, over } as never)).toMatch(
      /^dnd\.added\(name:palette:phone\|/,
    );
    expect(a.onDragEnd({ active: { id: 'n-1' }, over } as never)).toMatch(/^dnd\.end\(name:n-1\|/);
    expect(a.onDragEnd({ active: { id: 'n-1' }, over: null } as never)).toBe('dnd.cancel()');
  });
});
