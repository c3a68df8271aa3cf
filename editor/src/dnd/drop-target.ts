import type { AppDefinition, Catalog } from '@sprout/shared';
import { createNode } from '../commands/create-node.ts';
import { type Command, isInside, listAt, locate, type NodeLocation } from '../commands/index.ts';

/** What can be dragged: a palette entry (a new node of a type) or an existing node. */
export type DragSource = { kind: 'palette'; type: string } | { kind: 'node'; id: string };

/** What can be dropped on: a node (before or after it), the end of a list, or a page tab. */
export type DropTarget =
  | { kind: 'node'; id: string }
  | { kind: 'end'; pageId: string; parentId?: string }
  | { kind: 'page'; pageId: string };

export const paletteId = (type: string) => `palette:${type}`;
export const endId = (pageId: string, parentId?: string) => `end:${pageId}:${parentId ?? ''}`;
export const pageTabId = (pageId: string) => `page:${pageId}`;

/** Node ids never contain a colon (the schema allows letters, digits, _ and -), so prefixes are unambiguous. */
export function parseSource(id: string): DragSource {
  return id.startsWith('palette:') ? { kind: 'palette', type: id.slice(8) } : { kind: 'node', id };
}

export function parseTarget(id: string): DropTarget {
  if (id.startsWith('end:')) {
    const [, pageId = '', parentId = ''] = id.split(':');
    return parentId ? { kind: 'end', pageId, parentId } : { kind: 'end', pageId };
  }
  if (id.startsWith('page:')) return { kind: 'page', pageId: id.slice(5) };
  return { kind: 'node', id };
}

/** The list position a drop means; `after` puts it behind the node it is over. */
export function resolveDrop(def: AppDefinition, target: DropTarget, after = false): NodeLocation | undefined {
  if (target.kind === 'node') {
    const at = locate(def, target.id);
    return at ? { ...at, index: at.index + (after ? 1 : 0) } : undefined;
  }
  const list = listAt(def, target.kind === 'end' ? target : { pageId: target.pageId });
  if (!list) return undefined;
  const base = { pageId: target.pageId, index: list.length };
  return target.kind === 'end' && target.parentId ? { ...base, parentId: target.parentId } : base;
}

/** Whether dropping here is allowed: never a container into itself or its own children. */
export function canDrop(def: AppDefinition, source: DragSource, target: DropTarget): boolean {
  if (source.kind === 'palette') return true;
  if (target.kind === 'node' && target.id !== source.id && isInside(def, target.id, source.id)) return false;
  if (target.kind === 'end' && target.parentId && isInside(def, target.parentId, source.id)) return false;
  return true;
}

/** Maps the end of a drag to the command it means, or undefined for a drop that changes nothing. */
export function dropCommand(
  def: AppDefinition,
  source: DragSource,
  target: DropTarget,
  after: boolean,
  catalog?: Catalog,
): Command | undefined {
  if (!canDrop(def, source, target)) return undefined;
  if (source.kind === 'node' && target.kind === 'node' && target.id === source.id) return undefined;
  const at = resolveDrop(def, target, after);
  if (!at) return undefined;
  if (source.kind === 'palette') return { kind: 'insert-node', node: createNode(def, source.type, catalog), at };
  return { kind: 'move-node', id: source.id, to: at };
}
