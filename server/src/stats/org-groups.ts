import type { OrgGroup } from '@sprout/shared/api';
import type { AggregateGroup } from '@sprout/shared/stats';
import type { Org, Storage } from '../storage/types.ts';

/** The parent and its direct children, with which of them have orgs below. */
export async function childOrgs(
  storage: Storage,
  parentId: number,
): Promise<{ parent: Org; children: Org[]; inner: Set<number> }> {
  const below = await storage.orgs.subtree({ orgId: parentId });
  const parent = below[0] as Org;
  const children = below.filter((o) => o.parentId === parentId);
  const inner = new Set(below.flatMap((o) => (o.parentId !== null ? [o.parentId] : [])));
  return { parent, children, inner };
}

/** Rows of a drill-down: the parent's own group first (when it has rows), then every child, empty ones too. */
export function orgRows(
  groups: readonly AggregateGroup[],
  tree: { parent: Org; children: Org[]; inner: Set<number> },
): OrgGroup[] {
  const byKey = new Map(groups.map((g) => [g.key, g]));
  const own = byKey.get(String(tree.parent.id));
  const rows = tree.children.map((o) => ({
    orgId: o.id,
    name: o.name,
    hasChildren: tree.inner.has(o.id),
    count: byKey.get(String(o.id))?.count ?? 0,
  }));
  return own
    ? [{ orgId: tree.parent.id, name: `${tree.parent.name}（本级）`, hasChildren: false, count: own.count }, ...rows]
    : rows;
}
