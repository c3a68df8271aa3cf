import type { Org } from './types.ts';

export interface OrgNode {
  org: Org;
  depth: number;
  children: OrgNode[];
}

/** Builds the subtree from the flat `GET /orgs` list (parents first); roots are orgs whose parent is not in it. */
export function buildOrgTree(orgs: Org[]): OrgNode[] {
  const nodes = new Map(orgs.map((org) => [org.id, { org, depth: 0, children: [] as OrgNode[] }]));
  const roots: OrgNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.org.parentId === null ? undefined : nodes.get(node.org.parentId);
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const setDepth = (n: OrgNode, depth: number) => {
    n.depth = depth;
    for (const c of n.children) setDepth(c, depth + 1);
  };
  for (const r of roots) setDepth(r, 0);
  return roots;
}

/** The tree as rows in display order (depth-first), for a flat, indented list. */
export function flattenOrgTree(roots: OrgNode[]): OrgNode[] {
  const out: OrgNode[] = [];
  const visit = (n: OrgNode) => {
    out.push(n);
    for (const c of n.children) visit(c);
  };
  for (const r of roots) visit(r);
  return out;
}

/** Divisions that can still become a child org: the ones no org of the subtree has taken. */
export function freeDivisions<T extends { code: string }>(divisions: T[], orgs: Org[]): T[] {
  const taken = new Set(orgs.map((o) => o.code));
  return divisions.filter((d) => !taken.has(d.code));
}

/** Orgs an org may move under: every org of the list except itself and its descendants. */
export function moveTargets(orgs: Org[], id: number): Org[] {
  const below = new Set([id]);
  // Parents come before children in the list, so one pass finds every descendant.
  for (const o of orgs) if (o.parentId !== null && below.has(o.parentId)) below.add(o.id);
  return orgs.filter((o) => !below.has(o.id));
}
