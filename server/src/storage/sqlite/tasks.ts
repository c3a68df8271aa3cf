import type { Database } from 'better-sqlite3';
import { type RevisionRow, toRevision } from '../rows/submission-row.ts';
import { FILL_JSON_COLUMNS, type FillRow, TASK_JSON_COLUMNS, type TaskRow, toFill, toTask } from '../rows/task-row.ts';
import type { NewTask, TaskStore } from '../task-types.ts';
import type { NewSubmission } from '../types.ts';
import { IN_SUBTREE } from './scope.ts';
import { readStored, type StoredRow } from './stored-row.ts';

const SELECT_TASK = `SELECT t.*, a.title AS app_title,
  (SELECT json_group_array(org_id ORDER BY org_id) FROM task_assignees x WHERE x.task_id = t.id) AS assignees
  FROM tasks t JOIN apps a ON a.id = t.app_id`;

const FILL_COLUMNS = `id, app_id, org_id, receipt_code, version, status, values_json, computed_json, outcome_json,
  submitted_at, revision, corrected_at`;

const readTask = readStored<TaskRow>({ json: TASK_JSON_COLUMNS });
const readFill = readStored<FillRow>({ json: FILL_JSON_COLUMNS });
const readRevision = readStored<RevisionRow>({ json: ['values_json'] });
const taskOf = (stored: StoredRow) => toTask(readTask(stored));
const fillOf = (stored: StoredRow) => toFill(readFill(stored));

/** Tasks, their assignees and the one-per-org-per-period reports, with corrections kept as revisions. */
export function createTaskStore(db: Database): TaskStore {
  const insertTask = db.prepare(
    `INSERT INTO tasks (org_id, app_id, title, recurrence, starts_on, ends_on, deadline_days, prefill_json, master_json,
       created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertAssignee = db.prepare('INSERT OR IGNORE INTO task_assignees (task_id, org_id) VALUES (?, ?)');
  const byId = db.prepare<[number], StoredRow>(`${SELECT_TASK} WHERE t.id = ?`);
  const visible = db.prepare<[number, number, number], StoredRow>(
    `${SELECT_TASK} WHERE t.id = ? AND (t.org_id ${IN_SUBTREE}
       OR EXISTS (SELECT 1 FROM task_assignees x WHERE x.task_id = t.id AND x.org_id ${IN_SUBTREE}))`,
  );
  const list = db.prepare<[number, number], StoredRow>(
    `${SELECT_TASK} WHERE t.org_id ${IN_SUBTREE}
       OR EXISTS (SELECT 1 FROM task_assignees x WHERE x.task_id = t.id AND x.org_id ${IN_SUBTREE})
     ORDER BY t.id DESC`,
  );
  const assigned = db.prepare<[number], StoredRow>(
    `${SELECT_TASK} WHERE t.status = 'open' AND EXISTS
       (SELECT 1 FROM task_assignees x WHERE x.task_id = t.id AND x.org_id = ?) ORDER BY t.id DESC`,
  );
  const fills = db.prepare<[number, string, number], StoredRow>(
    `SELECT ${FILL_COLUMNS} FROM submissions WHERE task_id = ? AND period_key = ? AND org_id ${IN_SUBTREE}`,
  );
  const fill = db.prepare<[number, string, number], StoredRow>(
    `SELECT ${FILL_COLUMNS} FROM submissions WHERE task_id = ? AND period_key = ? AND org_id = ?`,
  );
  const latestBefore = db.prepare<[number, string, number], StoredRow>(
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
  const revisions = db.prepare<[number], StoredRow>(
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
    return { ...fillOf(row), corrected: existing !== undefined };
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
    create: async (t, now) => taskOf(byId.get(create(t, now)) as StoredRow),
    get: async (id, scope) => {
      const r = visible.get(id, scope.orgId, scope.orgId);
      return r ? taskOf(r) : undefined;
    },
    list: async (scope) => list.all(scope.orgId, scope.orgId).map(taskOf),
    assignedTo: async (orgId) => assigned.all(orgId).map(taskOf),
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
    fills: async (taskId, periodKey, scope) => fills.all(taskId, periodKey, scope.orgId).map(fillOf),
    fill: async (taskId, periodKey, orgId) => {
      const r = fill.get(taskId, periodKey, orgId);
      return r ? fillOf(r) : undefined;
    },
    latestBefore: async (taskId, periodKey, orgId) => {
      const r = latestBefore.get(taskId, periodKey, orgId);
      return r ? fillOf(r) : undefined;
    },
    submit: async (s) => submit(s),
    revisions: async (id) => revisions.all(id).map((r) => toRevision(readRevision(r))),
  };
}
