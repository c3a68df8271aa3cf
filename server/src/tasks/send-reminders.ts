import type { Context } from 'hono';
import type { Period } from '@sprout/shared/tasks';
import type { AppEnv } from '../http/context.ts';
import type { Task } from '../storage/task-types.ts';
import { taskProgress } from './progress.ts';
import { type Reminder, reminderText } from './reminders.ts';

/**
 * Reminds every org in the caller's subtree that has not reported this period: an
 * in-app notice for its officials, then the configured sender. Answers the org ids.
 */
export async function sendReminders(c: Context<AppEnv>, task: Task, period: Period): Promise<number[]> {
  const { storage, clock, reminderSender } = c.get('deps');
  const now = clock.now();
  const progress = await taskProgress(storage, task, period, c.get('orgScope')!.orgId, now);
  const label = period.start === period.end ? period.start : `${period.start} 至 ${period.end}`;
  const reminders: Reminder[] = progress.rows
    .filter((r) => r.state === 'missing' || r.state === 'open')
    .map((r) => ({
      orgId: r.orgId,
      orgName: r.name,
      taskId: task.id,
      taskTitle: task.title,
      periodKey: period.key,
      deadline: period.deadline,
      message: reminderText(task.title, label, period.deadline),
    }));
  await storage.notices.add(
    reminders.map((r) => ({
      orgId: r.orgId,
      taskId: r.taskId,
      periodKey: r.periodKey,
      message: r.message,
      createdAt: now.toISOString(),
      createdBy: c.get('session')?.user.id ?? null,
    })),
  );
  await reminderSender.send(reminders);
  return reminders.map((r) => r.orgId);
}
