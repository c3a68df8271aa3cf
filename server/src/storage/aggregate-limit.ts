import type { AggregateQuery } from '@sprout/shared/stats';

/** Where an aggregate may look: the deepest org path it is limited to, and the grouping parent's path. */
export interface AggregateLimit {
  /** Rows of orgs whose path starts with this are counted. */
  prefix: string;
  /** The path of `org-children`'s parent (null for other groupings). */
  parentPath: string | null;
}

/** The org ids whose paths `aggregateLimit` needs. */
export function aggregateOrgIds(q: AggregateQuery): number[] {
  const ids = [q.scopeOrgId];
  if (q.filter.orgId !== undefined) ids.push(q.filter.orgId);
  if (q.group.by === 'org-children') ids.push(q.group.parentOrgId);
  return ids;
}

/**
 * The deepest org path the query is limited to, or null when an org it names is unknown,
 * outside the scope, or not nested with the others: then nothing may be counted. Engine
 * neutral: each engine looks the paths up and compiles the prefix itself.
 */
export function aggregateLimit(q: AggregateQuery, pathOf: ReadonlyMap<number, string>): AggregateLimit | null {
  const scope = pathOf.get(q.scopeOrgId);
  if (!scope) return null;
  const paths = [scope];
  if (q.filter.orgId !== undefined) paths.push(pathOf.get(q.filter.orgId) ?? '');
  const parentPath = q.group.by === 'org-children' ? (pathOf.get(q.group.parentOrgId) ?? '') : null;
  if (parentPath !== null) paths.push(parentPath);
  const prefix = paths.reduce((a, b) => (a.length >= b.length ? a : b));
  // Every org named must lie inside the scope, and they must nest in one another.
  if (paths.some((p) => p === '' || !p.startsWith(scope) || !prefix.startsWith(p))) return null;
  return { prefix, parentPath };
}
