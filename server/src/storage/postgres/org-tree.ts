import type { Queryable } from './db.ts';

/**
 * A fragment `<column> IN (…)` of the org and every org above it: whose templates and
 * blocks reach it (the reverse of `inSubtree` in scope.ts). Orgs carry a materialised
 * path, so an ancestor's path is a prefix of the org's own.
 */
export const atOrAbove = (sql: Queryable, orgId: number) =>
  sql`IN (SELECT a.id FROM orgs a, orgs me WHERE me.id = ${orgId} AND me.path LIKE a.path || '%')`;
