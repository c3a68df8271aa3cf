import type { Queryable } from './db.ts';

/**
 * `org_id` conditions over the org tree as query fragments (orgs carry a materialised
 * path, '/1/4/9/', so a subtree is one prefix match). Paths hold only digits and '/',
 * so nothing in them needs escaping for LIKE.
 */

/** The org and everything below it: what a scope may see. */
export const inSubtree = (sql: Queryable, orgId: number) =>
  sql`IN (SELECT d.id FROM orgs d, orgs r WHERE r.id = ${orgId} AND d.path LIKE r.path || '%')`;

/** The org and every org above it: whose templates, blocks and approvals reach it. */
export const atOrAbove = (sql: Queryable, orgId: number) =>
  sql`IN (SELECT a.id FROM orgs a, orgs me WHERE me.id = ${orgId} AND me.path LIKE a.path || '%')`;
