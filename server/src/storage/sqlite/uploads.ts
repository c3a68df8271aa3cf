import type { Database } from 'better-sqlite3';
import type { UploadStore } from '../types.ts';
import type { UploadRow } from '../rows/upload-row.ts';

// Files live in the database file itself: one thing to back up, and an upload is as
// durable as the submission that points at it.
export function createUploadStore(db: Database): UploadStore {
  const insert = db.prepare(
    'INSERT INTO uploads (id, app_id, name, size, type, data, created_at, ip) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const get = db.prepare<[number, string], UploadRow>(
    'SELECT id, app_id, name, size, type, created_at, ip FROM uploads WHERE app_id = ? AND id = ?',
  );
  const read = db.prepare<[number, string], { data: Buffer }>('SELECT data FROM uploads WHERE app_id = ? AND id = ?');
  const usageOfApp = db.prepare<[number, string], { files: number; bytes: number | null }>(
    'SELECT COUNT(*) AS files, SUM(size) AS bytes FROM uploads WHERE app_id = ? AND created_at >= ?',
  );
  const usageOfIp = db.prepare<[string, string], { files: number; bytes: number | null }>(
    'SELECT COUNT(*) AS files, SUM(size) AS bytes FROM uploads WHERE ip = ? AND created_at >= ?',
  );
  const attach = db.prepare('UPDATE uploads SET attached_at = ? WHERE app_id = ? AND id = ? AND attached_at IS NULL');
  const purge = db.prepare('DELETE FROM uploads WHERE attached_at IS NULL AND created_at < ?');
  return {
    save: async (u, bytes) =>
      void insert.run(u.id, u.appId, u.name, u.size, u.type, Buffer.from(bytes), u.createdAt, u.ip ?? null),
    get: async (appId, id) => {
      const r = get.get(appId, id);
      return r
        ? { id: r.id, appId: r.app_id, name: r.name, size: r.size, type: r.type, createdAt: r.created_at, ip: r.ip }
        : undefined;
    },
    read: async (appId, id) => {
      const r = read.get(appId, id);
      return r ? new Uint8Array(r.data) : undefined;
    },
    usage: async (since, by) => {
      const r = 'ip' in by ? usageOfIp.get(by.ip, since) : usageOfApp.get(by.appId, since);
      return { files: r?.files ?? 0, bytes: r?.bytes ?? 0 };
    },
    attach: async (appId, ids, at) => {
      db.transaction(() => {
        for (const id of ids) attach.run(at, appId, id);
      })();
    },
    purgeUnattached: async (before) => purge.run(before).changes,
  };
}
