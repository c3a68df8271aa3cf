import type { Database } from 'better-sqlite3';
import type { ExportProgress, ExportProgressStore, ExportState } from '../types.ts';

interface ProgressRow {
  id: string;
  app_id: number;
  user_id: number;
  total: number;
  done: number;
  state: ExportState;
  updated_at: string;
}

const toProgress = (r: ProgressRow): ExportProgress => ({
  id: r.id,
  appId: r.app_id,
  userId: r.user_id,
  total: r.total,
  done: r.done,
  state: r.state,
  updatedAt: r.updated_at,
});

export function createExportProgressStore(db: Database): ExportProgressStore {
  const insert = db.prepare(
    `INSERT INTO export_progress (id, app_id, user_id, total, updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
  );
  const get = db.prepare<[string, number], ProgressRow>('SELECT * FROM export_progress WHERE id = ? AND user_id = ?');
  const advance = db.prepare<[number, string, string], { state: ExportState }>(
    `UPDATE export_progress SET done = ?, updated_at = ? WHERE id = ? RETURNING state`,
  );
  const finish = db.prepare(`UPDATE export_progress SET state = ?, updated_at = ? WHERE id = ? AND state = 'running'`);
  const cancel = db.prepare(
    `UPDATE export_progress SET state = 'cancelled', updated_at = ? WHERE id = ? AND user_id = ? AND state = 'running'`,
  );
  return {
    start: async (p) => insert.run(p.id, p.appId, p.userId, p.total, p.updatedAt).changes === 1,
    get: async (id, userId) => {
      const r = get.get(id, userId);
      return r ? toProgress(r) : undefined;
    },
    advance: async (id, done, at) => advance.get(done, at, id)?.state,
    finish: async (id, state, at) => void finish.run(state, at, id),
    cancel: async (id, userId, at) => cancel.run(at, id, userId).changes === 1,
  };
}
