import type { AppDefinition } from '@sprout/shared';
import { locate, withList } from './tree.ts';

/** Removes a node and everything inside it. */
export interface DeleteNode {
  kind: 'delete-node';
  id: string;
}

export function deleteNode(def: AppDefinition, cmd: DeleteNode): AppDefinition {
  const at = locate(def, cmd.id);
  if (!at) return def;
  return withList(def, at, (nodes) => nodes.filter((n) => n.id !== cmd.id));
}
