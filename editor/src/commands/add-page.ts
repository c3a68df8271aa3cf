import type { AppDefinition, Page } from '@sprout/shared';
import { clampIndex } from './insert-node.ts';
import { usedIds } from './tree.ts';

/** Adds a page at an index (the end when absent). */
export interface AddPage {
  kind: 'add-page';
  page: Page;
  index?: number;
}

export function addPage(def: AppDefinition, cmd: AddPage): AppDefinition {
  if (usedIds(def).has(cmd.page.id)) return def;
  const index = clampIndex(cmd.index ?? def.pages.length, def.pages.length);
  return { ...def, pages: [...def.pages.slice(0, index), cmd.page, ...def.pages.slice(index)] };
}
