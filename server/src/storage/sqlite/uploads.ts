import type { Database } from 'better-sqlite3';
import type { UploadStore } from '../types.ts';

interface UploadRow {
  id: string;
  app_id: number;
  name: string;
  size: number;
  type: string;
  created_at: string;
}

// Files live in the database file itself: one thing to back up, and an upload is as
// durable as the submission that points at it.
export function createUploadStore(db: Database): UploadStore {
  const insert = db.prepare(
    'INSERT INTO uploads (id, app_id, name, size, type, data, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const get = db.prepare<[number, string], UploadRow>(
    'SELECT id, app_id, name, size, type, created_at FROM uploads WHERE app_id = ? AND id = ?',
  );
  const read = db.prepare<[number, string], { data: Buffer }>('SELECT data FROM uploads WHERE app_id = ? AND id = ?');
  return {
    save: async (u, bytes) => void insert.run(u.id, u.appId, u.name, u.size, u.type, Buffer.from(bytes), u.createdAt),
    get: async (appId, id) => {
      const r = get.get(appId, id);
      return r
        ? { id: r.id, appId: r.app_id, name: r.name, size: r.size, type: r.type, createdAt: r.created_at }
        : undefined;
    },
    read: async (appId, id) => {
      const r = read.get(appId, id);
      return r ? new Uint8Array(r.data) : undefined;
    },
  };
}
