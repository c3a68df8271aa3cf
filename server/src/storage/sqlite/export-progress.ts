import type { Database } from 'better-sqlite3';
import type { ExportProgressStore, ExportState } from '../types.ts';
import { type ProgressRow, toProgress } from '../rows/export-progress-row.ts';

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
