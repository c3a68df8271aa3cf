import type { UploadStore } from '../types.ts';
import type { Sql } from './db.ts';
import type { UploadRow } from '../rows/upload-row.ts';

// Files live in the database (bytea) like on SQLite: one thing to back up, and an upload is
// as durable as the submission that points at it.
export function createUploadStore(sql: Sql): UploadStore {
  return {
    save: async (u, bytes) => {
      await sql`INSERT INTO uploads (id, app_id, name, size, type, data, created_at, ip)
        VALUES (${u.id}, ${u.appId}, ${u.name}, ${u.size}, ${u.type}, ${Buffer.from(bytes)}, ${u.createdAt},
          ${u.ip ?? null})`;
    },
    get: async (appId, id) => {
      const [r] = await sql<UploadRow[]>`SELECT id, app_id, name, size, type, created_at, ip FROM uploads
        WHERE app_id = ${appId} AND id = ${id}`;
      return r
        ? { id: r.id, appId: r.app_id, name: r.name, size: r.size, type: r.type, createdAt: r.created_at, ip: r.ip }
        : undefined;
    },
    read: async (appId, id) => {
      const [r] = await sql<{ data: Buffer }[]>`SELECT data FROM uploads WHERE app_id = ${appId} AND id = ${id}`;
      return r ? new Uint8Array(r.data) : undefined;
    },
    usage: async (since, by) => {
      const [r] =
        'ip' in by
          ? await sql<{ files: number; bytes: number }[]>`SELECT count(*)::int AS files,
              coalesce(sum(size), 0)::bigint AS bytes FROM uploads WHERE ip = ${by.ip} AND created_at >= ${since}`
          : await sql<{ files: number; bytes: number }[]>`SELECT count(*)::int AS files,
              coalesce(sum(size), 0)::bigint AS bytes FROM uploads WHERE app_id = ${by.appId} AND created_at >= ${since}`;
      return { files: r?.files ?? 0, bytes: r?.bytes ?? 0 };
    },
    attach: async (appId, ids, at) => {
      if (ids.length === 0) return;
      await sql`UPDATE uploads SET attached_at = ${at}
        WHERE app_id = ${appId} AND id IN ${sql(ids as string[])} AND attached_at IS NULL`;
    },
    purgeUnattached: async (before) =>
      (await sql`DELETE FROM uploads WHERE attached_at IS NULL AND created_at < ${before}`).count,
  };
}
