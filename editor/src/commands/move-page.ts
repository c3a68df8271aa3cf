import type { AppDefinition } from '@sprout/shared';
import { clampIndex } from './insert-node.ts';

/** Moves a page to a final index in the page list. */
export interface MovePage {
  kind: 'move-page';
  id: string;
  index: number;
}

export function movePage(def: AppDefinition, cmd: MovePage): AppDefinition {
  const from = def.pages.findIndex((p) => p.id === cmd.id);
  const to = clampIndex(cmd.index, def.pages.length - 1);
  if (from < 0 || from === to) return def;
  const pages = def.pages.filter((p) => p.id !== cmd.id);
  pages.splice(to, 0, def.pages[from]!);
  return { ...def, pages };
}
