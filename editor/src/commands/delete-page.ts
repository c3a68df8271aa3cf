import type { AppDefinition } from '@sprout/shared';

/** Removes a page with its nodes; the last page stays (an app needs one). */
export interface DeletePage {
  kind: 'delete-page';
  id: string;
}

export function deletePage(def: AppDefinition, cmd: DeletePage): AppDefinition {
  if (def.pages.length <= 1 || !def.pages.some((p) => p.id === cmd.id)) return def;
  return { ...def, pages: def.pages.filter((p) => p.id !== cmd.id) };
}
