import type { MasterValue, Notice } from '../task-types.ts';

/** A master_data row, on every engine (SQLite's value text parsed by `sqlite/stored-row.ts`). */
export interface MasterRow {
  key: string;
  value_json: unknown;
  at: string;
  by_user_id: number | null;
  source: string | null;
}

export const toMasterValue = (r: MasterRow): MasterValue => ({
  value: r.value_json,
  at: r.at,
  byUserId: r.by_user_id,
  source: r.source,
});

/** A notices row, the same on every engine. */
export interface NoticeRow {
  id: number;
  org_id: number;
  task_id: number | null;
  period_key: string | null;
  message: string;
  created_at: string;
}

export const toNotice = (r: NoticeRow): Notice => ({
  id: r.id,
  orgId: r.org_id,
  taskId: r.task_id,
  periodKey: r.period_key,
  message: r.message,
  createdAt: r.created_at,
});
