import type { ClientRect, CollisionDetection, KeyboardCoordinateGetter } from '@dnd-kit/core';
import { pointerWithin } from '@dnd-kit/core';

const area = (r: ClientRect) => r.width * r.height;

/**
 * With a pointer: the innermost drop target under it (a field inside a section beats the section).
 * With the keyboard: the target whose top-left the keyboard jumped to.
 */
export const innermostCollision: CollisionDetection = (args) => {
  if (args.pointerCoordinates) {
    const hits = pointerWithin(args);
    return hits.sort((a, b) => {
      const ra = args.droppableRects.get(a.id);
      const rb = args.droppableRects.get(b.id);
      return (ra ? area(ra) : 0) - (rb ? area(rb) : 0);
    });
  }
  const { collisionRect } = args;
  let best: { id: string | number; d: number } | undefined;
  for (const c of args.droppableContainers) {
    const r = args.droppableRects.get(c.id);
    if (!r || c.disabled) continue;
    const d = Math.abs(r.top - collisionRect.top) + Math.abs(r.left - collisionRect.left);
    if (!best || d < best.d) best = { id: c.id, d };
  }
  return best
    ? [
        {
          id: best.id,
          data: { droppableContainer: args.droppableContainers.find((c) => c.id === best.id), value: best.d },
        },
      ]
    : [];
};

const STEP: Record<string, [axis: 'y' | 'x', dir: 1 | -1]> = {
  ArrowDown: ['y', 1],
  ArrowUp: ['y', -1],
  ArrowRight: ['x', 1],
  ArrowLeft: ['x', -1],
};

/** Arrow keys jump to the next drop target in that direction, so a keyboard user moves slot by slot. */
export const jumpToDropTarget: KeyboardCoordinateGetter = (event, { context }) => {
  const step = STEP[event.code];
  const { collisionRect, droppableRects, droppableContainers, over } = context;
  if (!step || !collisionRect) return undefined;
  event.preventDefault();
  const [axis, dir] = step;
  const candidates: Array<{ r: ClientRect; main: number; cross: number }> = [];
  for (const c of droppableContainers.getEnabled()) {
    const r = droppableRects.get(c.id);
    if (!r || c.id === over?.id) continue;
    const dy = r.top - collisionRect.top;
    const dx = r.left - collisionRect.left;
    const main = (axis === 'y' ? dy : dx) * dir;
    if (main > 1) candidates.push({ r, main, cross: Math.abs(axis === 'y' ? dx : dy) });
  }
  candidates.sort((a, b) =>
    axis === 'y' ? a.main - b.main || a.cross - b.cross : a.cross - b.cross || a.main - b.main,
  );
  const best = candidates[0];
  return best ? { x: best.r.left, y: best.r.top } : undefined;
};
