import type { Recurrence } from '@sprout/shared/tasks';
import type { Task, TaskFill, TaskStatus } from '../task-types.ts';
import { SUBMISSION_JSON_COLUMNS, type SubmissionRow, toSubmission } from './submission-row.ts';

/** A tasks row with its app's title and its assignees (a JSON array of org ids, ascending), on every engine. */
export interface TaskRow {
  id: number;
  org_id: number;
  app_id: number;
  app_title: string;
  title: string;
  recurrence: Recurrence;
  starts_on: string;
  ends_on: string | null;
  deadline_days: number;
  status: TaskStatus;
  prefill_json: string[];
  master_json: Record<string, string>;
  assignees: number[];
  created_at: string;
  updated_at: string;
}

/** The JSON columns of a task row, for engines that store JSON as text. */
export const TASK_JSON_COLUMNS = ['prefill_json', 'master_json', 'assignees'] as const;

export const toTask = (r: TaskRow): Task => ({
  id: r.id,
  orgId: r.org_id,
  appId: r.app_id,
  appTitle: r.app_title,
  title: r.title,
  recurrence: r.recurrence,
  startsOn: r.starts_on,
  endsOn: r.ends_on,
  deadlineDays: r.deadline_days,
  status: r.status,
  prefillFields: r.prefill_json,
  masterBindings: r.master_json,
  assignees: r.assignees,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** A report's submission row, without what task reports never carry (review comment, result code). */
export type FillRow = Omit<SubmissionRow, 'review_comment' | 'result_code' | 'body_hash'> & {
  revision: number;
  corrected_at: string | null;
};

/** The JSON columns of a report row, for engines that store JSON as text. */
export const FILL_JSON_COLUMNS = SUBMISSION_JSON_COLUMNS;

export const toFill = (r: FillRow): TaskFill => ({
  orgId: r.org_id,
  revision: r.revision,
  correctedAt: r.corrected_at,
  submission: toSubmission({ ...r, review_comment: null, result_code: null, body_hash: null }),
});
