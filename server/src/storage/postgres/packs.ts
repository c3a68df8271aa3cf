import type { PackApproval, PackStore, PackUse } from '../pack-types.ts';
import { type ApprovalRow, type PackRow, type PackUseRow, toApproval, toPack, toPackUse } from '../rows/pack-row.ts';
import type { Sql } from './db.ts';
import { jsonb } from './scope.ts';

/** Packs live in the database like uploads: one thing to back up, files as durable as pins. */
export function createPackStore(sql: Sql): PackStore {
  return {
    insert: async (pack, files) =>
      sql.begin(async (tx) => {
        const [row] = await tx<PackRow[]>`
          INSERT INTO packs (name, version, sha256, manifest_json, uploaded_by, uploader_org_id, uploaded_at)
          VALUES (${pack.name}, ${pack.version}, ${pack.sha256}, ${jsonb(pack.manifest)}::text::jsonb,
            ${pack.uploadedBy}, ${pack.uploaderOrgId}, ${pack.uploadedAt})
          ON CONFLICT DO NOTHING RETURNING *`;
        if (!row) return 'exists' as const;
        const rows = files.map((f) => ({
          sha256: pack.sha256,
          path: f.path,
          content_type: f.contentType,
          data: Buffer.from(f.bytes),
        }));
        if (rows.length > 0) {
          await tx`INSERT INTO pack_files ${tx(rows, 'sha256', 'path', 'content_type', 'data')} ON CONFLICT DO NOTHING`;
        }
        return toPack(row);
      }),
    flagIncompatible: async (id, reason) => {
      await sql`UPDATE packs SET incompatible_reason = ${reason} WHERE id = ${id}`;
    },
    get: async (id) => {
      const [row] = await sql<PackRow[]>`SELECT * FROM packs WHERE id = ${id}`;
      return row ? toPack(row) : undefined;
    },
    list: async () => (await sql<PackRow[]>`SELECT * FROM packs ORDER BY name COLLATE "C", id`).map(toPack),
    file: async (sha256, path) => {
      const [row] = await sql<{ content_type: string; data: Buffer }[]>`
        SELECT content_type, data FROM pack_files WHERE sha256 = ${sha256} AND path = ${path}`;
      return row ? { contentType: row.content_type, bytes: new Uint8Array(row.data) } : undefined;
    },
    approvals: async (packId): Promise<PackApproval[]> => {
      const rows = await sql<
        ApprovalRow[]
      >`SELECT a.pack_id, a.org_id, o.name, a.approved_at, a.approved_by, a.withdrawn_at
        FROM pack_approvals a JOIN orgs o ON o.id = a.org_id WHERE a.pack_id = ${packId} ORDER BY o.path COLLATE "C"`;
      return rows.map(toApproval);
    },
    approve: async (packId, orgId, by, at) => {
      await sql`
        INSERT INTO pack_approvals (pack_id, org_id, approved_at, approved_by) VALUES (${packId}, ${orgId}, ${at}, ${by})
        ON CONFLICT (pack_id, org_id) DO UPDATE SET approved_at = excluded.approved_at,
          approved_by = excluded.approved_by, withdrawn_at = NULL`;
    },
    withdraw: async (packId, orgId, at) => {
      const done = await sql`
        UPDATE pack_approvals SET withdrawn_at = ${at}
        WHERE pack_id = ${packId} AND org_id = ${orgId} AND withdrawn_at IS NULL`;
      return done.count === 1;
    },
    setTrusted: async (packId, trusted) => {
      await sql`UPDATE packs SET trusted = ${trusted} WHERE id = ${packId}`;
    },
    block: async (packId, reason, at) => {
      await sql`UPDATE packs SET blocked_at = ${at}, block_reason = ${reason} WHERE id = ${packId}`;
    },
    // An approval at an org covers its subtree: the approving org's path is a prefix of the target's.
    approvedFor: async (orgId) =>
      (
        await sql<PackRow[]>`
          SELECT p.* FROM packs p WHERE p.blocked_at IS NULL AND EXISTS (
            SELECT 1 FROM pack_approvals a JOIN orgs ao ON ao.id = a.org_id
            JOIN orgs t ON t.id = ${orgId} AND t.path LIKE ao.path || '%'
            WHERE a.pack_id = p.id AND a.withdrawn_at IS NULL)
          ORDER BY p.name COLLATE "C", p.id`
      ).map(toPack),
    pin: async (appId, version, ids) => {
      if (ids.length === 0) return;
      const rows = ids.map((packId) => ({ app_id: appId, version, pack_id: packId }));
      await sql`INSERT INTO app_version_packs ${sql(rows, 'app_id', 'version', 'pack_id')} ON CONFLICT DO NOTHING`;
    },
    pinned: async (appId, version) =>
      (
        await sql<PackRow[]>`
          SELECT p.* FROM packs p JOIN app_version_packs v ON v.pack_id = p.id
          WHERE v.app_id = ${appId} AND v.version = ${version} ORDER BY p.name COLLATE "C"`
      ).map(toPack),
    choose: async (appId, packId) => {
      await sql`
        INSERT INTO app_pack_choices (app_id, pack_name, pack_id)
        SELECT ${appId}::bigint, name, id FROM packs WHERE id = ${packId}
        ON CONFLICT (app_id, pack_name) DO UPDATE SET pack_id = excluded.pack_id`;
    },
    chosen: async (appId) =>
      (
        await sql<PackRow[]>`
          SELECT p.* FROM packs p JOIN app_pack_choices c ON c.pack_id = p.id
          WHERE c.app_id = ${appId} ORDER BY p.name COLLATE "C"`
      ).map(toPack),
    usage: async (packId): Promise<PackUse[]> => {
      const rows = await sql<PackUseRow[]>`
        SELECT a.id AS app_id, a.org_id, a.slug, a.title, MAX(v.version) AS version
        FROM app_version_packs v JOIN apps a ON a.id = v.app_id
        WHERE v.pack_id = ${packId} AND a.deleted_at IS NULL GROUP BY a.id ORDER BY a.id`;
      return rows.map(toPackUse);
    },
  };
}
