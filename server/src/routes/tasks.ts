import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { z } from 'zod';
import type { TaskDetail, TodoItem } from '@sprout/shared/api';
import { chinaDay, fillState, periodsUntil, RECURRENCES } from '@sprout/shared/tasks';
import { audit } from '../http/audit.ts';
import type { AppEnv } from '../http/context.ts';
import { defineRoute, sessionOf } from '../http/define-route.ts';
import { invalid, Problem } from '../http/problem.ts';
import { resolveAssignees } from '../tasks/resolve-assignees.ts';
import { taskView } from '../tasks/task-view.ts';
import { managedTask, scopedTask, scopeIds } from '../http/task-lookup.ts';
import { assignTarget } from '../http/assign-target.ts';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const fieldName = z
  .string()
  .regex(/^[A-Za-z_]\w*$/)
  .max(100);

const createBody = z.object({
  appId: z.number().int().positive(),
  title: z.string().trim().min(1).max(100),
  recurrence: z.enum(RECURRENCES as [string, ...string[]]),
  startsOn: day,
  endsOn: day.nullable().optional(),
  deadlineDays: z.number().int().min(0).max(60),
  assign: assignTarget,
  prefillFields: z.array(fieldName).max(200).optional(),
  masterBindings: z.record(fieldName, z.string().trim().min(1).max(50)).optional(),
});

const updateBody = createBody
  .pick({ title: true, endsOn: true, deadlineDays: true, prefillFields: true, masterBindings: true })
  .partial();

/** Fields named in prefill or master bindings must be top-level inputs of the app. */
function checkFieldNames(names: string[], known: Set<string>, path: string) {
  const bad = names.findIndex((n) => !known.has(n));
  if (bad >= 0) throw invalid([{ path: `${path}[${bad}]`, message: `应用中没有字段 ${names[bad]}` }]);
}

async function createTask(c: Context<AppEnv>, body: z.infer<typeof createBody>) {
  const { storage, clock } = c.get('deps');
  const scope = c.get('orgScope')!;
  const user = sessionOf(c).user;
  const app = await storage.apps.get(body.appId, scope, clock.now().toISOString());
  if (!app) throw invalid([{ path: 'appId', message: '应用不存在或不在您的范围内' }]);
  if (app.publishedVersion === null || app.status !== 'published') {
    throw invalid([{ path: 'appId', message: '请先发布应用再下发任务' }]);
  }
  if (body.endsOn && body.endsOn < body.startsOn)
    throw invalid([{ path: 'endsOn', message: '结束日期不能早于开始日期' }]);
  const version = await storage.apps.version(app.id, app.publishedVersion);
  const names = new Set<string>();
  for (const p of version?.definition.pages ?? []) for (const n of p.nodes) collectNames(n, names);
  checkFieldNames(body.prefillFields ?? [], names, 'prefillFields');
  checkFieldNames(Object.keys(body.masterBindings ?? {}), names, 'masterBindings');
  const assignees = resolveAssignees(await storage.orgs.subtree(scope), user.orgId, body.assign);
  if (!assignees.ok) throw invalid(assignees.issues);
  const task = await storage.tasks.create(
    {
      orgId: user.orgId,
      appId: app.id,
      title: body.title,
      recurrence: body.recurrence as never,
      startsOn: body.startsOn,
      endsOn: body.endsOn ?? null,
      deadlineDays: body.deadlineDays,
      prefillFields: body.prefillFields ?? [],
      masterBindings: body.masterBindings ?? {},
      assignees: assignees.value,
      createdBy: user.id,
    },
    clock.now().toISOString(),
  );
  await audit(c, 'task.create', { type: 'task', id: task.id }, { appId: app.id, assignees: assignees.value.length });
  return task;
}

function collectNames(node: { name?: string; type: string; children?: unknown[] }, into: Set<string>) {
  if (node.name && node.type !== 'repeat') into.add(node.name);
  if (node.type !== 'repeat') for (const child of (node.children ?? []) as (typeof node)[]) collectNames(child, into);
}

async function todo(c: Context<AppEnv>): Promise<TodoItem[]> {
  const { storage, clock, workCalendar } = c.get('deps');
  const orgId = sessionOf(c).user.orgId;
  const now = clock.now();
  const own = new Set([orgId]);
  const items: TodoItem[] = [];
  for (const task of await storage.tasks.assignedTo(orgId)) {
    const periods = periodsUntil(task, chinaDay(now), workCalendar);
    // The running period always shows; earlier ones only while still unreported.
    for (const [i, period] of periods.entries()) {
      const fill = await storage.tasks.fill(task.id, period.key, orgId);
      const state = fillState(period.deadline, fill?.submission.submittedAt ?? null, now);
      if (i < periods.length - 1 && fill) continue;
      items.push({
        task: taskView(task, own, workCalendar, now),
        period,
        state,
        submittedAt: fill?.submission.submittedAt ?? null,
        revision: fill?.revision ?? null,
      });
    }
  }
  return items.sort((a, b) => a.period.deadline.localeCompare(b.period.deadline));
}

export function taskRoutes() {
  const app = new OpenAPIHono<AppEnv>();

  defineRoute(
    app,
    {
      method: 'post',
      path: '/tasks',
      summary: 'Send a published app to descendant orgs as a report task (once or per period)',
      tag: 'tasks',
      auth: ['builder'],
      body: createBody,
      responses: {
        201: { description: 'the task', answer: 'TaskView' },
        422: 'unknown app, field or org outside the subtree',
      },
    },
    async (c, { body }) => {
      const task = await createTask(c, body);
      const { clock, workCalendar } = c.get('deps');
      return c.json(taskView(task, await scopeIds(c), workCalendar, clock.now()), 201);
    },
  );

  defineRoute(
    app,
    {
      method: 'get',
      path: '/tasks',
      summary: 'Tasks sent from or to the caller’s subtree, newest first',
      tag: 'tasks',
      auth: 'session',
      responses: { 200: { description: 'the tasks', answer: 'TaskList' } },
    },
    async (c) => {
      const { storage, clock, workCalendar } = c.get('deps');
      const ids = await scopeIds(c);
      const tasks = await storage.tasks.list(c.get('orgScope')!);
      return c.json({ items: tasks.map((t) => taskView(t, ids, workCalendar, clock.now())) });
    },
  );

  defineRoute(
    app,
    {
      method: 'get',
      path: '/tasks/todo',
      summary: 'The caller’s org’s to-do: 待填报 periods with deadlines, and the running one once 已报',
      tag: 'tasks',
      auth: 'session',
      responses: { 200: { description: 'the caller’s org’s to-do', answer: 'TodoList' } },
    },
    async (c) => c.json({ items: await todo(c) }),
  );

  defineRoute(
    app,
    {
      method: 'get',
      path: '/tasks/:id',
      summary: 'A task with its periods and the assignees inside the caller’s subtree',
      tag: 'tasks',
      auth: 'session',
      responses: {
        200: { description: 'the task with its periods and assignees', answer: 'TaskDetail' },
        404: 'not sent from or to the caller’s subtree',
      },
    },
    async (c) => {
      const { storage, clock, workCalendar } = c.get('deps');
      const task = await scopedTask(c);
      const orgs = await storage.orgs.subtree(c.get('orgScope')!);
      const ids = new Set(orgs.map((o) => o.id));
      const names = new Map(orgs.map((o) => [o.id, o.name]));
      const detail: TaskDetail = {
        ...taskView(task, ids, workCalendar, clock.now()),
        periods: periodsUntil(task, chinaDay(clock.now()), workCalendar).reverse(),
        assignees: task.assignees.filter((id) => ids.has(id)).map((id) => ({ orgId: id, name: names.get(id) ?? '' })),
      };
      return c.json(detail);
    },
  );

  defineRoute(
    app,
    {
      method: 'patch',
      path: '/tasks/:id',
      summary: 'Change a task’s title, end, deadline or prefill (audited)',
      tag: 'tasks',
      auth: ['builder'],
      body: updateBody,
      responses: { 204: 'changed', 404: 'not managed from the caller’s subtree' },
    },
    async (c, { body }) => {
      const task = await managedTask(c);
      const { storage, clock } = c.get('deps');
      if (body.endsOn && body.endsOn < task.startsOn)
        throw invalid([{ path: 'endsOn', message: '结束日期不能早于开始日期' }]);
      await storage.tasks.update(task.id, body, clock.now().toISOString());
      await audit(c, 'task.update', { type: 'task', id: task.id }, { changed: Object.keys(body) });
      return c.body(null, 204);
    },
  );

  defineRoute(
    app,
    {
      method: 'post',
      path: '/tasks/:id/close',
      summary: 'Close a task: no more reports are asked for (audited)',
      tag: 'tasks',
      auth: ['builder'],
      responses: { 204: 'closed', 404: 'not managed from the caller’s subtree' },
    },
    async (c) => {
      const task = await managedTask(c);
      if (task.status === 'closed') throw new Problem(409, { 'zh-CN': '任务已结束', en: 'The task is already closed' });
      await c.get('deps').storage.tasks.close(task.id, c.get('deps').clock.now().toISOString());
      await audit(c, 'task.close', { type: 'task', id: task.id });
      return c.body(null, 204);
    },
  );

  return app;
}
