import type { TaskReportBody, TaskReportResult } from '@sprout/shared/api';
import type { Locale } from '@sprout/shared/i18n';
import { fillState, type Period } from '@sprout/shared/tasks';
import { receiptCode } from '../auth/tokens.ts';
import { invalid } from '../http/problem.ts';
import type { Task } from '../storage/task-types.ts';
import { type AcceptDeps, checkedValues } from '../submissions/accept-submission.ts';

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

/**
 * Validates an org's report against the app version it names with the same checks
 * as a resident's submission (`checkedValues`: fields, files, outcome), and stores it as the org's one report for the period (a second
 * report is a correction with the old values kept). Optionally writes master-bound
 * fields back to the org's master data.
 */
export async function reportTask(deps: AcceptDeps, input: ReportInput): Promise<TaskReportResult> {
  const { storage } = deps;
  const { task, period, body, now } = input;
  const version = await storage.apps.version(task.appId, body.version);
  if (!version) throw invalid([{ path: 'version', message: '该应用没有此版本' }]);
  const target = { def: version.definition, version: body.version };
  const r = { value: await checkedValues(deps, task.appId, target, body.values, input.locale, now) };
  const outcome = r.value.outcome;
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
    revision: stored.revision,
    corrected: stored.corrected,
    submittedAt: stored.submission.submittedAt,
    state: fillState(period.deadline, stored.submission.submittedAt, now),
    masterDataUpdated,
  };
}
