import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core';
import type { Translate } from '../i18n/index.tsx';
import type { DropTarget } from './drop-target.ts';

export interface AnnounceNames {
  source(id: string): string;
  target(target: DropTarget): string;
}

/** What a screen reader hears while dragging, in the official's language. */
export function createAnnouncements(
  t: Translate,
  names: AnnounceNames,
  parse: (id: string) => DropTarget,
): Announcements {
  const where = (overId: string | number | undefined) =>
    overId === undefined ? t('dnd.nowhere') : names.target(parse(String(overId)));
  return {
    onDragStart: ({ active }) => t('dnd.start', { name: names.source(String(active.id)) }),
    onDragOver: ({ active, over }) => t('dnd.over', { name: names.source(String(active.id)), where: where(over?.id) }),
    onDragEnd: ({ active, over }) =>
      over ? t('dnd.end', { name: names.source(String(active.id)), where: where(over.id) }) : t('dnd.cancel'),
    onDragCancel: () => t('dnd.cancel'),
  };
}

export function createInstructions(t: Translate): ScreenReaderInstructions {
  return { draggable: t('dnd.instructions') };
}
