import {
  closestCenter,
  DndContext,
  type DragEndEvent,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { ReactNode } from 'react';

export interface SortableHandle {
  /** Spread on the drag handle: pointer drag, or Space then ↑/↓ then Space by keyboard. */
  handleProps: Record<string, unknown>;
}

interface Props {
  ids: string[];
  onMove(from: number, to: number): void;
  /** How a screen reader names a row while it moves, e.g. 「选项 2」. */
  describe(id: string): string;
  children(id: string, index: number, handle: SortableHandle): ReactNode;
}

/** A short vertical list reordered by dragging a handle or by keyboard; its own DndContext, apart from the canvas. */
export function SortableRows({ ids, onMove, describe, children }: Props) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const onDragEnd = (e: DragEndEvent) => {
    const from = ids.indexOf(String(e.active.id));
    const to = e.over ? ids.indexOf(String(e.over.id)) : -1;
    if (from >= 0 && to >= 0 && from !== to) onMove(from, to);
  };
  const name = (id: unknown) => describe(String(id));
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{
        announcements: {
          onDragStart: ({ active }) => `已拿起${name(active.id)}`,
          onDragOver: ({ active, over }) => (over ? `${name(active.id)}移到${name(over.id)}的位置` : ''),
          onDragEnd: ({ active, over }) => (over ? `${name(active.id)}已放在${name(over.id)}的位置` : '已放下'),
          onDragCancel: ({ active }) => `已取消移动${name(active.id)}`,
        },
        screenReaderInstructions: { draggable: '按空格键拿起，用上下方向键移动，再按空格键放下，按 Esc 取消。' },
      }}
    >
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        {ids.map((id, index) => (
          <SortableRow key={id} id={id}>
            {(handle) => children(id, index, handle)}
          </SortableRow>
        ))}
      </SortableContext>
    </DndContext>
  );
}

function SortableRow({ id, children }: { id: string; children(handle: SortableHandle): ReactNode }) {
  const { setNodeRef, attributes, listeners, transform, transition, isDragging } = useSortable({ id });
  const style = { transform: CSS.Transform.toString(transform), transition, opacity: isDragging ? 0.6 : 1 };
  return (
    <div ref={setNodeRef} style={style}>
      {children({ handleProps: { ...attributes, ...listeners } })}
    </div>
  );
}
