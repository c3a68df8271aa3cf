import type { TaskReportBody, TaskReportResult } from '@sprout/shared/api/tasks';
import type { Locale } from '@sprout/shared/i18n';
import type { Issue } from '@sprout/shared/result';
import { evaluateOutcome, validateSubmission } from '@sprout/shared/submission';
import { fillState, type Period } from '@sprout/shared/tasks';
import { receiptCode } from '../auth/tokens.ts';
import type { Task } from '../storage/task-types.ts';
import type { Storage } from '../storage/types.ts';

export interface ReportInput {
  task: Task;
  period: Period;
  orgId: number;
  userId: number;
  body: TaskReportBody;
  now: Date;
  locale: Locale;
  ip: string | null;
}

export type ReportOutcome = { ok: true; value: TaskReportResult } | { ok: false; issues: Issue[] };

/**
 * Validates an org's report against the app version it names, as a resident's
 * submission would be, and stores it as the org's one report for the period (a second
 * report is a correction with the old values kept). Optionally writes master-bound
 * fields back to the org's master data.
 */
export async function reportTask(storage: Storage, input: ReportInput): Promise<ReportOutcome> {
  const { task, period, body, now } = input;
  const version = await storage.apps.version(task.appId, body.version);
  if (!version) return { ok: false, issues: [{ path: 'version', message: '该应用没有此版本' }] };
  const exprClock = { now, utcOffsetMinutes: 480 };
  const r = validateSubmission(version.definition, body.values, { locale: input.locale, clock: exprClock });
  if (!r.ok) return { ok: false, issues: r.issues.map(({ path, message }) => ({ path, message })) };
  const outcome = evaluateOutcome(version.definition, r.value.values, r.value.computed, exprClock);
  const stored = await storage.tasks.submit({
    appId: task.appId,
    orgId: input.orgId,
    receiptCode: receiptCode(),
    version: body.version,
    status: 'received',
    values: r.value.values,
    computed: r.value.computed,
    outcome,
    submittedAt: now.toISOString(),
    idempotencyKey: null,
    bodyHash: null,
    deviceId: null,
    submitterUserId: input.userId,
    onceKey: null,
    ip: input.ip,
    taskId: task.id,
    periodKey: period.key,
  });
  let masterDataUpdated: string[] = [];
  if (body.updateMasterData) {
    const facts = Object.fromEntries(
      Object.entries(task.masterBindings).flatMap(([field, key]) =>
        r.value.values[field] !== undefined ? [[key, r.value.values[field]]] : [],
      ),
    );
    masterDataUpdated = await storage.masterData.set(
      input.orgId,
      facts,
      { userId: input.userId, source: `task:${task.id}:${period.key}` },
      now.toISOString(),
    );
  }
  return {
    ok: true,
    value: {
      revision: stored.revision,
      corrected: stored.corrected,
      submittedAt: stored.submission.submittedAt,
      state: fillState(period.deadline, stored.submission.submittedAt, now),
      masterDataUpdated,
    },
  };
}
