import type { AppDefinition, AppNode, Page } from '@sprout/shared';

/** Where a node sits: a page, an optional container node on it, and an index in that list. */
export interface NodeLocation {
  pageId: string;
  /** The section or repeat group holding the list; absent for the page's top level. */
  parentId?: string;
  index: number;
}

/** The list a location points at, or undefined when the page or parent is gone. */
export function listAt(def: AppDefinition, at: Omit<NodeLocation, 'index'>): AppNode[] | undefined {
  const page = def.pages.find((p) => p.id === at.pageId);
  if (!page) return undefined;
  if (!at.parentId) return page.nodes;
  const parent = findIn(page.nodes, at.parentId);
  return parent ? (parent.children ?? []) : undefined;
}

function findIn(nodes: AppNode[], id: string): AppNode | undefined {
  for (const n of nodes) {
    if (n.id === id) return n;
    const inner = n.children ? findIn(n.children, id) : undefined;
    if (inner) return inner;
  }
  return undefined;
}

/** Locates a node by id: its page, parent and index. */
export function locate(def: AppDefinition, id: string): NodeLocation | undefined {
  for (const page of def.pages) {
    const found = locateIn(page.nodes, id, page.id, undefined);
    if (found) return found;
  }
  return undefined;
}

function locateIn(
  nodes: AppNode[],
  id: string,
  pageId: string,
  parentId: string | undefined,
): NodeLocation | undefined {
  for (const [index, n] of nodes.entries()) {
    if (n.id === id) return parentId ? { pageId, parentId, index } : { pageId, index };
    const inner = n.children ? locateIn(n.children, id, pageId, n.id) : undefined;
    if (inner) return inner;
  }
  return undefined;
}

/** Replaces one list immutably; every other list keeps its identity. */
export function withList(
  def: AppDefinition,
  at: Omit<NodeLocation, 'index'>,
  change: (list: AppNode[]) => AppNode[],
): AppDefinition {
  const pages = def.pages.map((page): Page => {
    if (page.id !== at.pageId) return page;
    if (!at.parentId) return { ...page, nodes: change(page.nodes) };
    return { ...page, nodes: mapNode(page.nodes, at.parentId, (n) => ({ ...n, children: change(n.children ?? []) })) };
  });
  return { ...def, pages };
}

/** Replaces one node (found anywhere) immutably. */
export function mapNode(nodes: AppNode[], id: string, change: (node: AppNode) => AppNode): AppNode[] {
  let hit = false;
  const out = nodes.map((n) => {
    if (n.id === id) {
      hit = true;
      return change(n);
    }
    if (!n.children) return n;
    const children = mapNode(n.children, id, change);
    if (children !== n.children) hit = true;
    return children === n.children ? n : { ...n, children };
  });
  return hit ? out : nodes;
}

/** Whether `id` is `ancestorId` or sits somewhere inside it. */
export function isInside(def: AppDefinition, id: string, ancestorId: string): boolean {
  let at = locate(def, id);
  let current: string | undefined = id;
  while (current) {
    if (current === ancestorId) return true;
    current = at?.parentId;
    at = current ? locate(def, current) : undefined;
  }
  return false;
}

/** Every id in use (pages and nodes), for minting fresh ones. */
export function usedIds(def: AppDefinition): Set<string> {
  const ids = new Set<string>(def.pages.map((p) => p.id));
  const add = (nodes: AppNode[]) => {
    for (const n of nodes) {
      ids.add(n.id);
      if (n.children) add(n.children);
    }
  };
  for (const p of def.pages) add(p.nodes);
  return ids;
}

/** A readable id not in use yet, e.g. `text-3`. */
export function freshId(def: AppDefinition, prefix: string): string {
  const ids = usedIds(def);
  for (let i = 1; ; i++) if (!ids.has(`${prefix}-${i}`)) return `${prefix}-${i}`;
}
