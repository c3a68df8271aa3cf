/**
 * SQL that keeps a query inside an org subtree: `org_id IN (…)` with one parameter,
 * the scope's org id. Orgs carry a materialised path, so a subtree is a prefix match.
 */
export const IN_SUBTREE = `IN (SELECT d.id FROM orgs d, orgs r WHERE r.id = ? AND d.path LIKE r.path || '%')`;
