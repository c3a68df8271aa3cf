import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core';
import type { Translate } from '../i18n/index.tsx';
import { type DropTarget, parseSource } from './drop-target.ts';

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
  // The live region keeps only the latest message: the first "over" right after pick-up repeats the pick-up.
  let pickedUp = '';
  return {
    onDragStart: ({ active }) => {
      pickedUp = t('dnd.start', { name: names.source(String(active.id)) });
      return pickedUp;
    },
    onDragOver: ({ active, over }) => {
      const text = t('dnd.over', { name: names.source(String(active.id)), where: where(over?.id) });
      const prefix = pickedUp;
      pickedUp = '';
      return prefix ? `${prefix} ${text}` : text;
    },
    // A palette item becomes a new field ("added"); a node already on the canvas is moved ("dropped").
    onDragEnd: ({ active, over }) =>
      over
        ? t(parseSource(String(active.id)).kind === 'palette' ? 'dnd.added' : 'dnd.end', {
            name: names.source(String(active.id)),
            where: where(over.id),
          })
        : t('dnd.cancel'),
    onDragCancel: () => t('dnd.cancel'),
  };
}

export function createInstructions(t: Translate): ScreenReaderInstructions {
  return { draggable: t('dnd.instructions') };
}
