import { type OrgRow, toOrg } from '../rows/org-row.ts';
import type { OrgStore } from '../types.ts';
import type { Sql } from './db.ts';
import { inSubtree } from './scope.ts';

export function createOrgStore(sql: Sql, now: () => string): OrgStore {
  const columns = sql`id, parent_id, name, code, level, disabled`;
  return {
    create: async (org) =>
      sql.begin(async (tx) => {
        let parentPath = '/';
        if (org.parentId !== null) {
          const [parent] = await tx<{ path: string }[]>`SELECT path FROM orgs WHERE id = ${org.parentId}`;
          if (!parent) throw new Error(`org ${org.parentId} does not exist: create the parent first`);
          parentPath = parent.path;
        }
        // The id is drawn first so the row is written once with its full path.
        const [row] = await tx<{ id: number }[]>`
          INSERT INTO orgs (id, parent_id, name, code, level, path, created_at)
          SELECT n.id, ${org.parentId}, ${org.name}, ${org.code}, ${org.level}, ${parentPath} || n.id || '/', ${now()}
          FROM (SELECT nextval(pg_get_serial_sequence('orgs', 'id')) AS id) n
          RETURNING id`;
        return { id: (row as { id: number }).id, ...org, disabled: false };
      }),
    get: async (id, scope) => {
      const [row] = scope
        ? await sql<OrgRow[]>`SELECT ${columns} FROM orgs WHERE id = ${id} AND id ${inSubtree(sql, scope.orgId)}`
        : await sql<OrgRow[]>`SELECT ${columns} FROM orgs WHERE id = ${id}`;
      return row ? toOrg(row) : undefined;
    },
    byCode: async (code) => {
      const [row] = await sql<OrgRow[]>`SELECT ${columns} FROM orgs WHERE code = ${code}`;
      return row ? toOrg(row) : undefined;
    },
    subtree: async (scope) =>
      (
        await sql<OrgRow[]>`SELECT ${columns} FROM orgs WHERE id ${inSubtree(sql, scope.orgId)}
          ORDER BY length(path), code`
      ).map(toOrg),
    ancestors: async (id) => {
      const [own] = await sql<{ path: string }[]>`SELECT path FROM orgs WHERE id = ${id}`;
      const ids = (own?.path ?? '').split('/').filter(Boolean).map(Number);
      if (ids.length === 0) return [];
      const rows = await sql<OrgRow[]>`SELECT ${columns} FROM orgs WHERE id IN ${sql(ids)}`;
      const byId = new Map(rows.map((r) => [r.id, toOrg(r)]));
      return ids.flatMap((i) => {
        const org = byId.get(i);
        return org ? [org] : [];
      });
    },
    update: async (id, patch) => {
      await sql.begin(async (tx) => {
        if (patch.name !== undefined) await tx`UPDATE orgs SET name = ${patch.name} WHERE id = ${id}`;
        if (patch.disabled !== undefined) await tx`UPDATE orgs SET disabled = ${patch.disabled} WHERE id = ${id}`;
      });
    },
    move: async (id, parentId) =>
      sql.begin(async (tx) => {
        // Lock both rows so two moves at once cannot build a cycle between them.
        const rows = await tx<{ id: number; path: string }[]>`
          SELECT id, path FROM orgs WHERE id IN (${id}, ${parentId}) ORDER BY id FOR UPDATE`;
        const from = rows.find((r) => r.id === id)?.path;
        const parentPath = rows.find((r) => r.id === parentId)?.path;
        if (from === undefined || parentPath === undefined) throw new Error(`org ${id} or ${parentId} does not exist`);
        if (parentPath.startsWith(from)) return 'cycle' as const;
        await tx`UPDATE orgs SET parent_id = ${parentId} WHERE id = ${id}`;
        // The whole subtree's paths change prefix in one statement, so scopes never see half a move.
        const to = `${parentPath}${id}/`;
        await tx`UPDATE orgs SET path = ${to} || substr(path, length(${from}) + 1)
          WHERE substr(path, 1, length(${from})) = ${from}`;
        return 'moved' as const;
      }),
  };
}
