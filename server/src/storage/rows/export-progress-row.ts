import type { ExportProgress, ExportState } from '../types.ts';

/** An export_progress row, the same on every engine. */
export interface ProgressRow {
  id: string;
  app_id: number;
  user_id: number;
  total: number;
  done: number;
  state: ExportState;
  updated_at: string;
}

export const toProgress = (r: ProgressRow): ExportProgress => ({
  id: r.id,
  appId: r.app_id,
  userId: r.user_id,
  total: r.total,
  done: r.done,
  state: r.state,
  updatedAt: r.updated_at,
});
