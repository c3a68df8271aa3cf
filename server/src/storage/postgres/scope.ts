import type { Queryable } from './db.ts';

/**
 * A fragment that keeps a query inside an org subtree: `<column> IN (…)`. Orgs carry a
 * materialised path, so a subtree is a prefix match (paths hold only digits and slashes).
 */
export const inSubtree = (sql: Queryable, orgId: number) =>
  sql`IN (SELECT d.id FROM orgs d, orgs r WHERE r.id = ${orgId} AND d.path LIKE r.path || '%')`;

/**
 * A value for a jsonb column as JSON text: bind it as `${jsonb(v)}::text::jsonb`. Cast to text
 * first, because a parameter PostgreSQL types as jsonb is JSON-encoded again by postgres.js.
 */
export const jsonb = (value: unknown) => JSON.stringify(value);
