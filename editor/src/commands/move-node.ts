import type { AppDefinition } from '@sprout/shared';
import { clampIndex } from './insert-node.ts';
import { isInside, listAt, locate, type NodeLocation, withList } from './tree.ts';

/**
 * Moves a node to another position, list, container or page. `to.index` counts in the
 * target list as it stands before the move ("drop before the item now at index").
 */
export interface MoveNode {
  kind: 'move-node';
  id: string;
  to: NodeLocation;
}

export function moveNode(def: AppDefinition, cmd: MoveNode): AppDefinition {
  const from = locate(def, cmd.id);
  const target = listAt(def, cmd.to);
  if (!from || !target) return def;
  if (cmd.to.parentId && isInside(def, cmd.to.parentId, cmd.id)) return def;
  const node = listAt(def, from)?.[from.index];
  if (!node) return def;
  const sameList = from.pageId === cmd.to.pageId && from.parentId === cmd.to.parentId;
  let index = clampIndex(cmd.to.index, target.length);
  if (sameList && from.index < index) index -= 1;
  if (sameList && from.index === index) return def;
  const removed = withList(def, from, (nodes) => nodes.filter((n) => n.id !== cmd.id));
  return withList(removed, cmd.to, (nodes) => [...nodes.slice(0, index), node, ...nodes.slice(index)]);
}
