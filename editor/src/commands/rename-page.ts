import type { AppDefinition, LocalizedText } from '@sprout/shared';

export interface RenamePage {
  kind: 'rename-page';
  id: string;
  title: LocalizedText;
}

export function renamePage(def: AppDefinition, cmd: RenamePage): AppDefinition {
  if (!def.pages.some((p) => p.id === cmd.id)) return def;
  return { ...def, pages: def.pages.map((p) => (p.id === cmd.id ? { ...p, title: cmd.title } : p)) };
}
