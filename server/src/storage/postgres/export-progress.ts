import type { ExportProgressStore, ExportState } from '../types.ts';
import type { Sql } from './db.ts';
import { type ProgressRow, toProgress } from '../rows/export-progress-row.ts';

export function createExportProgressStore(sql: Sql): ExportProgressStore {
  return {
    start: async (p) =>
      (
        await sql`INSERT INTO export_progress (id, app_id, user_id, total, updated_at)
          VALUES (${p.id}, ${p.appId}, ${p.userId}, ${p.total}, ${p.updatedAt}) ON CONFLICT DO NOTHING`
      ).count === 1,
    get: async (id, userId) => {
      const [r] = await sql<ProgressRow[]>`SELECT id, app_id, user_id, total, done, state, updated_at
        FROM export_progress WHERE id = ${id} AND user_id = ${userId}`;
      return r ? toProgress(r) : undefined;
    },
    advance: async (id, done, at) =>
      (
        await sql<{ state: ExportState }[]>`UPDATE export_progress SET done = ${done}, updated_at = ${at}
          WHERE id = ${id} RETURNING state`
      )[0]?.state,
    finish: async (id, state, at) => {
      await sql`UPDATE export_progress SET state = ${state}, updated_at = ${at} WHERE id = ${id} AND state = 'running'`;
    },
    cancel: async (id, userId, at) =>
      (
        await sql`UPDATE export_progress SET state = 'cancelled', updated_at = ${at}
          WHERE id = ${id} AND user_id = ${userId} AND state = 'running'`
      ).count === 1,
  };
}
