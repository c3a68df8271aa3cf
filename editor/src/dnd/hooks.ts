import { useDraggable, useDroppable } from '@dnd-kit/core';
import { useI18n } from '../i18n/index.tsx';
import { useOverStore } from './BuilderDnd.tsx';
import { endId, pageTabId, paletteId } from './drop-target.ts';
import { useIndicator } from './over-store.ts';

/** A canvas node: draggable, and a drop target (before or after it). */
export function useNodeDnd(id: string) {
  const { t } = useI18n();
  const drag = useDraggable({ id, attributes: { roleDescription: t('dnd.roleDescription') } });
  const drop = useDroppable({ id });
  const indicator = useIndicator(useOverStore(), id);
  const setRef = (el: HTMLElement | null) => {
    drag.setNodeRef(el);
    drop.setNodeRef(el);
  };
  return { setRef, attributes: drag.attributes, listeners: drag.listeners, isDragging: drag.isDragging, indicator };
}

/** A palette entry: dragging it makes a new node. */
export function usePaletteDrag(type: string) {
  const { t } = useI18n();
  const drag = useDraggable({ id: paletteId(type), attributes: { roleDescription: t('dnd.roleDescription') } });
  return { setRef: drag.setNodeRef, attributes: drag.attributes, listeners: drag.listeners };
}

/** The slot at the end of a page or container list. */
export function useEndZone(pageId: string, parentId?: string) {
  const id = endId(pageId, parentId);
  const drop = useDroppable({ id });
  const indicator = useIndicator(useOverStore(), id);
  return { setRef: drop.setNodeRef, indicator };
}

/** A page tab: dropping on it moves the node to that page. */
export function usePageDrop(pageId: string) {
  const id = pageTabId(pageId);
  const drop = useDroppable({ id });
  const indicator = useIndicator(useOverStore(), id);
  return { setRef: drop.setNodeRef, indicator };
}
