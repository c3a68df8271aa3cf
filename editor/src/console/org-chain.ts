/** An org as the filters need it: the caller's subtree from `GET /orgs`. */
export interface OrgNode {
  id: number;
  name: string;
  parentId: number | null;
}

/** One drop-down of the drill: the children of `parent`, with the one chosen (if any). */
export interface OrgLevel {
  parent: OrgNode;
  children: OrgNode[];
  chosen: number | null;
}

/**
 * The drop-downs that drill from the caller's org down to `selected`: one per org on the
 * way that has children (county → township → village). An unknown selection drills nowhere.
 * @example orgLevels(orgs, 12) // [{ parent: county, chosen: 5 }, { parent: town 5, chosen: 12 }]
 */
export function orgLevels(orgs: readonly OrgNode[], selected: number | null): OrgLevel[] {
  const byId = new Map(orgs.map((o) => [o.id, o]));
  const root = orgs.find((o) => o.parentId === null || !byId.has(o.parentId));
  if (!root) return [];
  const chain: OrgNode[] = [];
  for (let o = selected === null ? undefined : byId.get(selected); o && o !== root; o = byId.get(o.parentId ?? -1)) {
    chain.unshift(o);
  }
  // A chain that did not reach the root came from an org outside this tree.
  if (chain.length > 0 && chain[0]?.parentId !== root.id) chain.length = 0;
  const childrenOf = (id: number) => orgs.filter((o) => o.parentId === id);
  const levels: OrgLevel[] = [];
  for (const [i, parent] of [root, ...chain].entries()) {
    const children = childrenOf(parent.id);
    if (children.length === 0) break;
    levels.push({ parent, children, chosen: chain[i]?.id ?? null });
  }
  return levels;
}
