import type { AppDefinition, AppNode } from '@sprout/shared';
import { listAt, type NodeLocation, usedIds, withList } from './tree.ts';

/** Puts a new node (with a fresh id) at a position on a page or inside a container. */
export interface InsertNode {
  kind: 'insert-node';
  node: AppNode;
  at: NodeLocation;
}

export function insertNode(def: AppDefinition, cmd: InsertNode): AppDefinition {
  const list = listAt(def, cmd.at);
  if (!list || usedIds(def).has(cmd.node.id)) return def;
  const index = clampIndex(cmd.at.index, list.length);
  return withList(def, cmd.at, (nodes) => [...nodes.slice(0, index), cmd.node, ...nodes.slice(index)]);
}

export function clampIndex(index: number, length: number): number {
  return Math.max(0, Math.min(length, Math.trunc(index)));
}
