import type { Database } from 'better-sqlite3';
import type { OutcomeResult } from '@sprout/shared/definition';
import type { Recurrence } from '@sprout/shared/tasks';
import type { NewTask, Task, TaskFill, TaskStatus, TaskStore } from '../task-types.ts';
import type { NewSubmission, SubmissionStatus } from '../types.ts';
import { IN_SUBTREE } from './scope.ts';

interface TaskRow {
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
  prefill_json: string;
  master_json: string;
  assignees: string | null;
  created_at: string;
  updated_at: string;
}

interface FillRow {
  id: number;
  app_id: number;
  org_id: number;
  receipt_code: string;
  version: number;
  status: SubmissionStatus;
  values_json: string;
  computed_json: string;
  outcome_json: string | null;
  submitted_at: string;
  revision: number;
  corrected_at: string | null;
}

const SELECT_TASK = `SELECT t.*, a.title AS app_title,
  (SELECT group_concat(org_id) FROM task_assignees x WHERE x.task_id = t.id) AS assignees
  FROM tasks t JOIN apps a ON a.id = t.app_id`;

function toTask(r: TaskRow): Task {
  return {
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
    prefillFields: JSON.parse(r.prefill_json) as string[],
    masterBindings: JSON.parse(r.master_json) as Record<string, string>,
    assignees: (r.assignees ?? '')
      .split(',')
      .filter(Boolean)
      .map(Number)
      .sort((a, b) => a - b),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

const FILL_COLUMNS = `id, app_id, org_id, receipt_code, version, status, values_json, computed_json, outcome_json,
  submitted_at, revision, corrected_at`;

function toFill(r: FillRow): TaskFill {
  return {
    orgId: r.org_id,
    revision: r.revision,
    correctedAt: r.corrected_at,
    submission: {
      id: r.id,
      appId: r.app_id,
      orgId: r.org_id,
      receiptCode: r.receipt_code,
      version: r.version,
      status: r.status,
      values: JSON.parse(r.values_json) as Record<string, unknown>,
      computed: JSON.parse(r.computed_json) as Record<string, unknown>,
      outcome: r.outcome_json ? (JSON.parse(r.outcome_json) as OutcomeResult) : null,
      submittedAt: r.submitted_at,
      reviewComment: null,
      resultCode: null,
    },
  };
}

/** Tasks, their assignees and the one-per-org-per-period reports, with corrections kept as revisions. */
export function createTaskStore(db: Database): TaskStore {
  const insertTask = db.prepare(
    `INSERT INTO tasks (org_id, app_id, title, recurrence, starts_on, ends_on, deadline_days, prefill_json, master_json,
       created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertAssignee = db.prepare('INSERT OR IGNORE INTO task_assignees (task_id, org_id) VALUES (?, ?)');
  const byId = db.prepare<[number], TaskRow>(`${SELECT_TASK} WHERE t.id = ?`);
  const visible = db.prepare<[number, number, number], TaskRow>(
    `${SELECT_TASK} WHERE t.id = ? AND (t.org_id ${IN_SUBTREE}
       OR EXISTS (SELECT 1 FROM task_assignees x WHERE x.task_id = t.id AND x.org_id ${IN_SUBTREE}))`,
  );
  const list = db.prepare<[number, number], TaskRow>(
    `${SELECT_TASK} WHERE t.org_id ${IN_SUBTREE}
       OR EXISTS (SELECT 1 FROM task_assignees x WHERE x.task_id = t.id AND x.org_id ${IN_SUBTREE})
     ORDER BY t.id DESC`,
  );
  const assigned = db.prepare<[number], TaskRow>(
    `${SELECT_TASK} WHERE t.status = 'open' AND EXISTS
       (SELECT 1 FROM task_assignees x WHERE x.task_id = t.id AND x.org_id = ?) ORDER BY t.id DESC`,
  );
  const fills = db.prepare<[number, string, number], FillRow>(
    `SELECT ${FILL_COLUMNS} FROM submissions WHERE task_id = ? AND period_key = ? AND org_id ${IN_SUBTREE}`,
  );
  const fill = db.prepare<[number, string, number], FillRow>(
    `SELECT ${FILL_COLUMNS} FROM submissions WHERE task_id = ? AND period_key = ? AND org_id = ?`,
  );
  const latestBefore = db.prepare<[number, string, number], FillRow>(
    `SELECT ${FILL_COLUMNS} FROM submissions WHERE task_id = ? AND period_key < ? AND org_id = ?
     ORDER BY period_key DESC LIMIT 1`,
  );
  const insertFill = db.prepare(
    `INSERT INTO submissions (app_id, org_id, version, receipt_code, status, values_json, computed_json, outcome_json,
       submitted_at, submitter_user_id, ip, task_id, period_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const keepRevision = db.prepare(
    `INSERT INTO submission_revisions (submission_id, revision, version, values_json, computed_json, outcome_json,
       submitted_at)
     SELECT id, revision, version, values_json, computed_json, outcome_json, COALESCE(corrected_at, submitted_at)
     FROM submissions WHERE id = ?`,
  );
  // The first report's time stays: lateness is judged by it, a correction does not make a report late.
  const correct = db.prepare(
    `UPDATE submissions SET revision = revision + 1, version = ?, values_json = ?, computed_json = ?,
       outcome_json = ?, corrected_at = ?, submitter_user_id = ? WHERE id = ?`,
  );
  const revisions = db.prepare<[number], { revision: number; values_json: string; submitted_at: string }>(
    'SELECT revision, values_json, submitted_at FROM submission_revisions WHERE submission_id = ? ORDER BY revision',
  );

  const create = db.transaction((t: NewTask, now: string): number => {
    const id = Number(
      insertTask.run(
        t.orgId,
        t.appId,
        t.title,
        t.recurrence,
        t.startsOn,
        t.endsOn,
        t.deadlineDays,
        JSON.stringify(t.prefillFields),
        JSON.stringify(t.masterBindings),
        t.createdBy,
        now,
        now,
      ).lastInsertRowid,
    );
    for (const org of t.assignees) insertAssignee.run(id, org);
    return id;
  });

  const submit = db.transaction((s: NewSubmission & { taskId: number; periodKey: string }) => {
    const existing = fill.get(s.taskId, s.periodKey, s.orgId);
    const [values, computed, outcome] = [
      JSON.stringify(s.values),
      JSON.stringify(s.computed),
      s.outcome ? JSON.stringify(s.outcome) : null,
    ];
    if (existing) {
      keepRevision.run(existing.id);
      correct.run(s.version, values, computed, outcome, s.submittedAt, s.submitterUserId, existing.id);
    } else {
      insertFill.run(
        s.appId,
        s.orgId,
        s.version,
        s.receiptCode,
        s.status,
        values,
        computed,
        outcome,
        s.submittedAt,
        s.submitterUserId,
        s.ip,
        s.taskId,
        s.periodKey,
      );
    }
    const row = fill.get(s.taskId, s.periodKey, s.orgId);
    if (!row) throw new Error('the report just stored is missing');
    return { ...toFill(row), corrected: existing !== undefined };
  });

  const patchTask = (id: number, sets: string[], args: unknown[], now: string) =>
    db.prepare(`UPDATE tasks SET ${[...sets, 'updated_at = ?'].join(', ')} WHERE id = ?`).run(...args, now, id);
  const dropAssignees = db.prepare('DELETE FROM task_assignees WHERE task_id = ?');
  // Reports of orgs no longer assigned stay where they are (submissions with the task's id).
  const update = db.transaction((id: number, sets: string[], args: unknown[], now: string, assignees?: number[]) => {
    if (assignees) {
      dropAssignees.run(id);
      for (const org of assignees) insertAssignee.run(id, org);
    }
    patchTask(id, sets, args, now);
  });

  return {
    create: async (t, now) => toTask(byId.get(create(t, now)) as TaskRow),
    get: async (id, scope) => {
      const r = visible.get(id, scope.orgId, scope.orgId);
      return r ? toTask(r) : undefined;
    },
    list: async (scope) => list.all(scope.orgId, scope.orgId).map(toTask),
    assignedTo: async (orgId) => assigned.all(orgId).map(toTask),
    update: async (id, p, now) => {
      const sets: string[] = [];
      const args: unknown[] = [];
      if (p.title !== undefined) sets.push('title = ?') && args.push(p.title);
      if (p.endsOn !== undefined) sets.push('ends_on = ?') && args.push(p.endsOn);
      if (p.deadlineDays !== undefined) sets.push('deadline_days = ?') && args.push(p.deadlineDays);
      if (p.prefillFields !== undefined) sets.push('prefill_json = ?') && args.push(JSON.stringify(p.prefillFields));
      if (p.masterBindings !== undefined) sets.push('master_json = ?') && args.push(JSON.stringify(p.masterBindings));
      update(id, sets, args, now, p.assignees);
    },
    close: async (id, now) => {
      patchTask(id, [`status = 'closed'`], [], now);
    },
    fills: async (taskId, periodKey, scope) => fills.all(taskId, periodKey, scope.orgId).map(toFill),
    fill: async (taskId, periodKey, orgId) => {
      const r = fill.get(taskId, periodKey, orgId);
      return r ? toFill(r) : undefined;
    },
    latestBefore: async (taskId, periodKey, orgId) => {
      const r = latestBefore.get(taskId, periodKey, orgId);
      return r ? toFill(r) : undefined;
    },
    submit: async (s) => submit(s),
    revisions: async (id) =>
      revisions.all(id).map((r) => ({
        revision: r.revision,
        values: JSON.parse(r.values_json) as Record<string, unknown>,
        submittedAt: r.submitted_at,
      })),
  };
}
