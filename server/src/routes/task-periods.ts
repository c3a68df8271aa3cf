import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { z } from 'zod';
import type { RemindersSent, TaskForm } from '@sprout/shared/api';
import { fillState, type Period } from '@sprout/shared/tasks';
import { audit } from '../http/audit.ts';
import { type AppEnv, hasRole } from '../http/context.ts';
import { defineRoute, sessionOf } from '../http/define-route.ts';
import { catalogForVersion, runtimePacks } from '../packs/pack-catalog.ts';
import { forbidden, notFound, Problem } from '../http/problem.ts';
import type { Task } from '../storage/task-types.ts';
import { paperReport } from '../tasks/paper-report.ts';
import { prefillFor } from '../tasks/prefill.ts';
import { taskProgress } from '../tasks/progress.ts';
import { progressReport } from '../tasks/progress-report.ts';
import { reportTask } from '../tasks/report-task.ts';
import { reportXlsx } from '../tasks/report-xlsx.ts';
import { taskRollup } from '../tasks/rollup.ts';
import { taskView } from '../tasks/task-view.ts';
import { sendReminders } from '../tasks/send-reminders.ts';
import { managedTask, periodOf, scopedTask } from '../http/task-lookup.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const reportBody = z.object({
  version: z.number().int().positive(),
  values: z.record(z.string(), z.unknown()),
  updateMasterData: z.boolean().optional(),
});

const rollupQuery = z.object({
  org: z
    .string()
    .regex(/^\d{1,15}$/)
    .optional(),
});

/** The task and period for the caller's own org, which must be an assignee and not a mere viewer. */
async function ownAssignment(c: Context<AppEnv>): Promise<{ task: Task; period: Period; orgId: number }> {
  const task = await scopedTask(c);
  const user = sessionOf(c).user;
  if (!task.assignees.includes(user.orgId)) throw notFound();
  const period = periodOf(c, task);
  if (!hasRole(user, ['builder', 'reviewer'])) throw forbidden();
  return { task, period, orgId: user.orgId };
}

async function definitionOf(c: Context<AppEnv>, task: Task) {
  const { storage, clock } = c.get('deps');
  const app = await storage.apps.get(task.appId, { orgId: task.orgId }, clock.now().toISOString());
  const version = app?.publishedVersion ? await storage.apps.version(task.appId, app.publishedVersion) : undefined;
  if (!version) throw new Problem(409, { 'zh-CN': '任务的应用已不可用', en: 'The task’s app is no longer published' });
  return version;
}

/** What a period's rollup and its paper report both start from: the task, period, definition and packs in scope. */
async function rollupBasis(c: Context<AppEnv>) {
  const task = await scopedTask(c);
  const period = periodOf(c, task);
  const { storage, clock } = c.get('deps');
  const version = await definitionOf(c, task);
  return {
    task,
    period,
    definition: version.definition,
    catalog: await catalogForVersion(storage.packs, task.appId, version.version),
    scopeOrgId: c.get('orgScope')!.orgId,
    now: clock.now(),
  };
}

function xlsxResponse(c: Context<AppEnv>, bytes: Uint8Array, name: string) {
  c.header('Content-Type', XLSX);
  c.header('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`);
  c.header('Cache-Control', 'private, no-store');
  return c.body(bytes as Uint8Array<ArrayBuffer>);
}

/** A drilled org must lie inside the caller's subtree. */
async function drillOrg(c: Context<AppEnv>, raw: string | undefined): Promise<number> {
  const scope = c.get('orgScope')!;
  if (!raw) return scope.orgId;
  if (!(await c.get('deps').storage.orgs.get(Number(raw), scope))) throw notFound();
  return Number(raw);
}

export function taskPeriodRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  defineRoute(
    app,
    {
      method: 'get',
      path: '/tasks/:id/periods/:period/form',
      summary:
        'What the caller’s org fills for a period: the app, prefilled values (沿用上期, master data) or its report',
      tag: 'tasks',
      auth: 'session',
      responses: {
        200: { description: 'what the filling official starts from', answer: 'TaskForm' },
        404: 'not assigned to the caller’s org, or no such period',
      },
    },
    async (c) => {
      const { task, period, orgId } = await ownAssignment(c);
      const { storage, clock, workCalendar } = c.get('deps');
      const version = await definitionOf(c, task);
      const prefill = await prefillFor(storage, task, period, orgId);
      const form: TaskForm = {
        task: taskView(task, new Set([orgId]), workCalendar, clock.now()),
        period,
        version: version.version,
        definition: version.definition,
        packs: runtimePacks(await storage.packs.pinned(task.appId, version.version)),
        values: prefill.values,
        sources: prefill.sources,
        state: fillState(period.deadline, prefill.submittedAt, clock.now()),
        revision: prefill.revision,
      };
      return c.json(form);
    },
  );

  defineRoute(
    app,
    {
      method: 'put',
      path: '/tasks/:id/periods/:period/report',
      summary: 'The caller’s org’s report for a period; a second one is a correction (earlier values kept)',
      tag: 'tasks',
      auth: 'session',
      body: reportBody,
      responses: {
        200: { description: 'a correction', answer: 'TaskReportResult' },
        201: { description: 'the first report', answer: 'TaskReportResult' },
        404: 'not assigned to the caller’s org, or no such period',
        409: 'the task is closed',
        422: 'fields named in errors',
      },
    },
    async (c, { body }) => {
      const { task, period, orgId } = await ownAssignment(c);
      if (task.status === 'closed')
        throw new Problem(409, { 'zh-CN': '任务已结束，不再接收填报', en: 'The task is closed' });
      const deps = c.get('deps');
      const result = await reportTask(deps, {
        task,
        period,
        orgId,
        userId: sessionOf(c).user.id,
        body,
        now: deps.clock.now(),
        locale: c.get('locale'),
        ip: c.get('ip'),
      });
      const action = result.corrected ? 'task.report.correct' : 'task.report';
      await audit(c, action, { type: 'task', id: task.id, orgId }, { period: period.key, revision: result.revision });
      return c.json(result, result.corrected ? 200 : 201);
    },
  );

  defineRoute(
    app,
    {
      method: 'get',
      path: '/tasks/:id/periods/:period/progress',
      summary: 'Who in the caller’s subtree has reported, is late or missing, as rows and a tree with percentages',
      tag: 'tasks',
      auth: 'session',
      responses: {
        200: { description: 'who has reported', answer: 'TaskProgress' },
        404: 'no such task or period in the caller’s subtree',
      },
    },
    async (c) => {
      const task = await scopedTask(c);
      const period = periodOf(c, task);
      const { storage, clock } = c.get('deps');
      return c.json(await taskProgress(storage, task, period, c.get('orgScope')!.orgId, clock.now()));
    },
  );

  defineRoute(
    app,
    {
      method: 'get',
      path: '/tasks/:id/periods/:period/progress.xlsx',
      summary: 'The progress table as XLSX',
      tag: 'tasks',
      auth: 'session',
      responses: { 200: { description: 'the file', contentType: XLSX }, 404: 'no such task or period' },
    },
    async (c) => {
      const task = await scopedTask(c);
      const period = periodOf(c, task);
      const { storage, clock } = c.get('deps');
      const progress = await taskProgress(storage, task, period, c.get('orgScope')!.orgId, clock.now());
      await audit(c, 'task.progress.export', { type: 'task', id: task.id }, { period: period.key });
      return xlsxResponse(
        c,
        await reportXlsx(progressReport(task.title, progress), '填报进度'),
        `${task.title}-进度-${period.key}.xlsx`,
      );
    },
  );

  defineRoute(
    app,
    {
      method: 'post',
      path: '/tasks/:id/periods/:period/reminders',
      summary: 'Remind the officials of orgs that have not reported (in-app notice and the configured sender; audited)',
      tag: 'tasks',
      auth: ['builder'],
      responses: {
        200: { description: 'how many orgs were reminded', answer: 'RemindersSent' },
        404: 'not managed from the caller’s subtree',
      },
    },
    async (c) => {
      const task = await managedTask(c);
      const period = periodOf(c, task);
      const sent = await sendReminders(c, task, period);
      await audit(c, 'task.remind', { type: 'task', id: task.id }, { period: period.key, orgs: sent });
      return c.json({ sent: sent.length } satisfies RemindersSent);
    },
  );

  defineRoute(
    app,
    {
      method: 'get',
      path: '/tasks/:id/periods/:period/rollup',
      summary: 'The period’s rollup at one level (numbers summed/averaged/min/max, choices counted), drill with ?org=',
      tag: 'tasks',
      auth: 'session',
      query: rollupQuery,
      responses: {
        200: { description: 'the period’s figures per org', answer: 'TaskRollup' },
        404: 'no such task, period or org in the caller’s subtree',
      },
    },
    async (c, { query }) => {
      const basis = await rollupBasis(c);
      const drillOrgId = await drillOrg(c, query.org);
      return c.json(await taskRollup(c.get('deps').storage, { ...basis, drillOrgId }));
    },
  );

  defineRoute(
    app,
    {
      method: 'get',
      path: '/tasks/:id/periods/:period/rollup.xlsx',
      summary: 'The rollup as a paper report (a row per org, 小计 per township, 合计, period and extraction time)',
      tag: 'tasks',
      auth: 'session',
      responses: { 200: { description: 'the file', contentType: XLSX }, 404: 'no such task or period' },
    },
    async (c) => {
      const basis = await rollupBasis(c);
      const { task, period } = basis;
      const report = await paperReport(c.get('deps').storage, { ...basis, locale: c.get('locale') });
      await audit(c, 'task.rollup.export', { type: 'task', id: task.id }, { period: period.key });
      return xlsxResponse(c, await reportXlsx(report), `${task.title}-汇总-${period.key}.xlsx`);
    },
  );
  return app;
}
