import {
  type DragEndEvent,
  type DragMoveEvent,
  DragOverlay,
  type DragStartEvent,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { findNode, localize } from '@sprout/shared';
import { createContext, type ReactNode, useContext, useMemo, useState } from 'react';
import { nodeLabel } from '../builder/node-label.ts';
import { type Translate, useI18n } from '../i18n/index.tsx';
import { useEditorStore } from '../store/index.ts';
import type { EditorStore } from '../store/index.ts';
import { createAnnouncements, createInstructions } from './announcements.ts';
import { canDrop, type DragSource, type DropTarget, dropCommand, parseSource, parseTarget } from './drop-target.ts';
import { innermostCollision, jumpToDropTarget } from './keyboard-and-collision.ts';
import { createOverStore, type OverStore } from './over-store.ts';

const OverContext = createContext<OverStore | null>(null);

export function useOverStore(): OverStore {
  const store = useContext(OverContext);
  if (!store) throw new Error('Drag and drop hooks need <BuilderDnd> above them');
  return store;
}

/** The builder's drag and drop: palette → canvas, canvas → canvas, onto page tabs; mouse, touch and keyboard. */
export function BuilderDnd({ children }: { children: ReactNode }) {
  const store = useEditorStore();
  const { t, locale } = useI18n();
  const over = useMemo(createOverStore, []);
  const [active, setActive] = useState<string | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, {
      coordinateGetter: jumpToDropTarget,
      keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] },
    }),
  );
  const names = useMemo(() => createNames(store, t, locale), [store, t, locale]);
  const accessibility = useMemo(
    () => ({
      announcements: createAnnouncements(t, names, parseTarget),
      screenReaderInstructions: createInstructions(t),
    }),
    [t, names],
  );
  const track = (e: DragMoveEvent) => over.set(e.over ? overState(store, e) : null);
  const finish = (e: DragEndEvent) => {
    const { definition: def, catalog } = store.getState();
    const cmd = e.over
      ? dropCommand(def, parseSource(String(e.active.id)), parseTarget(String(e.over.id)), isAfter(e), catalog)
      : undefined;
    if (cmd) store.getState().dispatch(cmd);
    over.set(null);
    setActive(null);
  };
  return (
    <OverContext.Provider value={over}>
      <DndContext
        sensors={sensors}
        collisionDetection={innermostCollision}
        accessibility={accessibility}
        onDragStart={(e: DragStartEvent) => setActive(String(e.active.id))}
        onDragMove={track}
        onDragOver={track}
        onDragEnd={finish}
        onDragCancel={() => {
          over.set(null);
          setActive(null);
        }}
      >
        {children}
        <DragOverlay dropAnimation={null}>
          {active ? <div className="drag-chip">{names.source(active)}</div> : null}
        </DragOverlay>
      </DndContext>
    </OverContext.Provider>
  );
}

/** A pointer below the middle of a node drops after it; the keyboard always drops before (end zones append). */
function isAfter(e: DragMoveEvent | DragEndEvent): boolean {
  const start = e.activatorEvent;
  if (!e.over || !(start instanceof MouseEvent || (typeof TouchEvent !== 'undefined' && start instanceof TouchEvent)))
    return false;
  const y = (start instanceof MouseEvent ? start.clientY : (start.touches[0]?.clientY ?? 0)) + e.delta.y;
  return y > e.over.rect.top + e.over.rect.height / 2;
}

function overState(store: EditorStore, e: DragMoveEvent) {
  const id = String(e.over?.id);
  const source: DragSource = parseSource(String(e.active.id));
  return { id, after: isAfter(e), allowed: canDrop(store.getState().definition, source, parseTarget(id)) };
}

function createNames(store: EditorStore, t: Translate, locale: 'zh-CN' | 'en') {
  const label = (id: string) => {
    const visit = findNode(store.getState().definition, id);
    return visit ? nodeLabel(visit.node, locale, store.getState().catalog) : id;
  };
  return {
    source(id: string) {
      const s = parseSource(id);
      return s.kind === 'palette' ? (store.getState().catalog.get(s.type)?.label[locale] ?? s.type) : label(s.id);
    },
    target(target: DropTarget) {
      const def = store.getState().definition;
      if (target.kind === 'node') return t('dnd.beforeNode', { name: label(target.id) });
      const page = def.pages.find((p) => p.id === target.pageId);
      const pageName = localize(page?.title, locale) || target.pageId;
      if (target.kind === 'page') return t('dnd.toPage', { name: pageName });
      return t('dnd.endOf', { name: target.parentId ? label(target.parentId) : pageName });
    },
  };
}
