import { createContext, useContext } from 'react';
import type { Saver } from './saver.ts';

/** The autosave of the app being edited, given by the editor page to everything below it. */
export const SaverContext = createContext<Saver | null>(null);

export function useSaver(): Saver {
  const saver = useContext(SaverContext);
  if (!saver) throw new Error('useSaver needs the EditorPage above it');
  return saver;
}
