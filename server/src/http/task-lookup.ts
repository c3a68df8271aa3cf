import type { Context } from 'hono';
import { periodByKey, type Period } from '@sprout/shared/tasks';
import type { AppEnv } from './context.ts';
import { sessionOf, idParam } from './define-route.ts';
import { forbidden, notFound } from './problem.ts';
import type { Task } from '../storage/task-types.ts';
import { hasRole } from './context.ts';
import { chinaDay } from '@sprout/shared/tasks';

/** The task named by `:id` when the caller's subtree sent it or holds an assignee; otherwise 404. */
export async function scopedTask(c: Context<AppEnv>): Promise<Task> {
  const task = await c.get('deps').storage.tasks.get(idParam(c, 'id'), c.get('orgScope')!);
  if (!task) throw notFound();
  return task;
}

/** The task when the caller may manage it: sent from inside its subtree, by a builder or admin. */
export async function managedTask(c: Context<AppEnv>): Promise<Task> {
  const task = await scopedTask(c);
  const { storage } = c.get('deps');
  if (!(await storage.orgs.get(task.orgId, c.get('orgScope')!))) throw notFound();
  if (!hasRole(sessionOf(c).user, ['builder'])) throw forbidden();
  return task;
}

/** The period named by `:period` (a day, a Monday or a month) that has begun; otherwise 404. */
export function periodOf(c: Context<AppEnv>, task: Task): Period {
  const { workCalendar, clock } = c.get('deps');
  const period = periodByKey(task, c.req.param('period') ?? '', workCalendar);
  if (!period || period.start > chinaDay(clock.now())) throw notFound();
  return period;
}

/** The org ids inside the caller's subtree. */
export async function scopeIds(c: Context<AppEnv>): Promise<Set<number>> {
  return new Set((await c.get('deps').storage.orgs.subtree(c.get('orgScope')!)).map((o) => o.id));
}
