import type postgres from 'postgres';
import { type RevisionRow, toRevision } from '../rows/submission-row.ts';
import { type FillRow, type TaskRow, toFill, toTask } from '../rows/task-row.ts';
import type { NewTask, TaskStore } from '../task-types.ts';
import type { NewSubmission } from '../types.ts';
import type { Queryable, Sql } from './db.ts';
import { inSubtree, jsonb } from './scope.ts';
import { claimSubmissionKeys, type SubmissionClaim } from './submissions.ts';

const tasks = (sql: Queryable, where: postgres.Fragment) => sql<TaskRow[]>`
  SELECT t.*, a.title AS app_title,
    COALESCE((SELECT jsonb_agg(x.org_id ORDER BY x.org_id) FROM task_assignees x WHERE x.task_id = t.id), '[]')
      AS assignees
  FROM tasks t JOIN apps a ON a.id = t.app_id WHERE ${where}`;

const fills = (sql: Queryable, where: postgres.Fragment) => sql<FillRow[]>`
  SELECT id, app_id, org_id, receipt_code, version, status, values_json, computed_json, outcome_json, submitted_at,
    revision, corrected_at
  FROM submissions WHERE ${where}`;

/** The task sent by the scope, or sent to an org inside it. */
const seenBy = (sql: Queryable, orgId: number) => sql`(t.org_id ${inSubtree(sql, orgId)}
  OR EXISTS (SELECT 1 FROM task_assignees x WHERE x.task_id = t.id AND x.org_id ${inSubtree(sql, orgId)}))`;

/** Rolls back a first report that lost the race for its (task, period, org) to a concurrent one. */
class ReportRaced extends Error {}

type Report = NewSubmission & { taskId: number; periodKey: string };

/**
 * Tasks, their assignees and the one-per-org-per-period reports, with corrections kept as
 * revisions. The one-per-period rule is a `task-period` claim in `submission_keys` (the
 * submissions table is distributed by id, so it holds no such unique index).
 */
export function createTaskStore(sql: Sql): TaskStore {
  /** One attempt: correct the stored report (locked first) or store the first one. */
  const submitOnce = (s: Report) =>
    sql.begin(async (tx) => {
      const at = tx`task_id = ${s.taskId} AND period_key = ${s.periodKey} AND org_id = ${s.orgId}`;
      const [existing] = await tx<{ id: number }[]>`SELECT id FROM submissions WHERE ${at} FOR UPDATE`;
      const [values, computed, outcome] = [jsonb(s.values), jsonb(s.computed), s.outcome ? jsonb(s.outcome) : null];
      let id: number;
      if (existing) {
        id = existing.id;
        await tx`
          INSERT INTO submission_revisions (submission_id, revision, version, values_json, computed_json, outcome_json,
            submitted_at)
          SELECT id, revision, version, values_json, computed_json, outcome_json, COALESCE(corrected_at, submitted_at)
          FROM submissions WHERE id = ${id}`;
        // The first report's time stays: lateness is judged by it, a correction does not make a report late.
        await tx`
          UPDATE submissions SET revision = revision + 1, version = ${s.version}, values_json = ${values}::text::jsonb,
            computed_json = ${computed}::text::jsonb, outcome_json = ${outcome}::text::jsonb, corrected_at = ${s.submittedAt},
            submitter_user_id = ${s.submitterUserId}
          WHERE id = ${id}`;
      } else {
        const [row] = await tx<{ id: number }[]>`
          INSERT INTO submissions (app_id, org_id, version, receipt_code, status, values_json, computed_json,
            outcome_json, submitted_at, submitter_user_id, ip, task_id, period_key)
          VALUES (${s.appId}, ${s.orgId}, ${s.version}, ${s.receiptCode}, ${s.status}, ${values}::text::jsonb,
            ${computed}::text::jsonb, ${outcome}::text::jsonb, ${s.submittedAt}, ${s.submitterUserId}, ${s.ip}, ${s.taskId},
            ${s.periodKey})
          RETURNING id`;
        id = (row as { id: number }).id;
        const claims: SubmissionClaim[] = [
          { kind: 'receipt', appId: 0, key: s.receiptCode },
          // Task ids are unique across apps, so the claim needs no app.
          { kind: 'task-period', appId: 0, key: `${s.taskId}:${s.periodKey}:${s.orgId}` },
        ];
        const taken = await claimSubmissionKeys(tx, id, claims);
        if (taken.includes('task-period')) throw new ReportRaced();
        if (taken.length > 0) throw new Error(`receipt code ${s.receiptCode} is already taken`);
      }
      const [row] = await fills(tx, tx`id = ${id}`);
      return { ...toFill(row as FillRow), corrected: existing !== undefined };
    });

  return {
    create: async (t: NewTask, now) => {
      const id = await sql.begin(async (tx) => {
        const [row] = await tx<{ id: number }[]>`
          INSERT INTO tasks (org_id, app_id, title, recurrence, starts_on, ends_on, deadline_days, prefill_json,
            master_json, created_by, created_at, updated_at)
          VALUES (${t.orgId}, ${t.appId}, ${t.title}, ${t.recurrence}, ${t.startsOn}, ${t.endsOn}, ${t.deadlineDays},
            ${jsonb(t.prefillFields)}::text::jsonb, ${jsonb(t.masterBindings)}::text::jsonb, ${t.createdBy}, ${now}, ${now})
          RETURNING id`;
        const taskId = (row as { id: number }).id;
        if (t.assignees.length > 0) {
          const rows = t.assignees.map((org) => ({ task_id: taskId, org_id: org }));
          await tx`INSERT INTO task_assignees ${tx(rows, 'task_id', 'org_id')} ON CONFLICT DO NOTHING`;
        }
        return taskId;
      });
      const [row] = await tasks(sql, sql`t.id = ${id}`);
      return toTask(row as TaskRow);
    },
    get: async (id, scope) => {
      const [row] = await tasks(sql, sql`t.id = ${id} AND ${seenBy(sql, scope.orgId)}`);
      return row ? toTask(row) : undefined;
    },
    list: async (scope) => (await tasks(sql, sql`${seenBy(sql, scope.orgId)} ORDER BY t.id DESC`)).map(toTask),
    assignedTo: async (orgId) =>
      (
        await tasks(
          sql,
          sql`t.status = 'open' AND EXISTS (SELECT 1 FROM task_assignees x WHERE x.task_id = t.id AND x.org_id = ${orgId})
            ORDER BY t.id DESC`,
        )
      ).map(toTask),
    update: async (id, p, now) => {
      const sets = [sql`updated_at = ${now}`];
      if (p.title !== undefined) sets.push(sql`title = ${p.title}`);
      if (p.endsOn !== undefined) sets.push(sql`ends_on = ${p.endsOn}`);
      if (p.deadlineDays !== undefined) sets.push(sql`deadline_days = ${p.deadlineDays}`);
      if (p.prefillFields !== undefined) sets.push(sql`prefill_json = ${jsonb(p.prefillFields)}::text::jsonb`);
      if (p.masterBindings !== undefined) sets.push(sql`master_json = ${jsonb(p.masterBindings)}::text::jsonb`);
      await sql.begin(async (tx) => {
        // A new assignee list replaces the old one; reports of removed orgs stay in submissions.
        if (p.assignees) {
          await tx`DELETE FROM task_assignees WHERE task_id = ${id}`;
          const rows = p.assignees.map((org) => ({ task_id: id, org_id: org }));
          if (rows.length > 0)
            await tx`INSERT INTO task_assignees ${tx(rows, 'task_id', 'org_id')} ON CONFLICT DO NOTHING`;
        }
        await tx`UPDATE tasks SET ${sets.reduce((all, set) => tx`${all}, ${set}`)} WHERE id = ${id}`;
      });
    },
    close: async (id, now) => {
      await sql`UPDATE tasks SET status = 'closed', updated_at = ${now} WHERE id = ${id}`;
    },
    fills: async (taskId, periodKey, scope) =>
      (
        await fills(
          sql,
          sql`task_id = ${taskId} AND period_key = ${periodKey} AND org_id ${inSubtree(sql, scope.orgId)}`,
        )
      ).map(toFill),
    fill: async (taskId, periodKey, orgId) => {
      const [row] = await fills(sql, sql`task_id = ${taskId} AND period_key = ${periodKey} AND org_id = ${orgId}`);
      return row ? toFill(row) : undefined;
    },
    // Period keys sort in time order byte by byte, whatever the database's collation.
    latestBefore: async (taskId, periodKey, orgId) => {
      const [row] = await fills(
        sql,
        sql`task_id = ${taskId} AND period_key COLLATE "C" < ${periodKey} AND org_id = ${orgId}
          ORDER BY period_key COLLATE "C" DESC LIMIT 1`,
      );
      return row ? toFill(row) : undefined;
    },
    // A first report that raced another for the same period is retried once: it then finds
    // the other and becomes its correction, as it would have had it come second.
    submit: async (s) => {
      try {
        return await submitOnce(s);
      } catch (error) {
        if (!(error instanceof ReportRaced)) throw error;
        return submitOnce(s);
      }
    },
    revisions: async (id) =>
      (
        await sql<RevisionRow[]>`
          SELECT revision, values_json, submitted_at FROM submission_revisions
          WHERE submission_id = ${id} ORDER BY revision`
      ).map(toRevision),
  };
}
