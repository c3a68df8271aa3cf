import type { TaskView } from '@sprout/shared/api';
import type { WorkCalendar } from '@sprout/shared/review';
import { chinaDay, periodsUntil } from '@sprout/shared/tasks';
import type { Task } from '../storage/task-types.ts';

/** The caller's view of a task: assignees counted inside its subtree, the period running now. */
export function taskView(task: Task, inScope: ReadonlySet<number>, calendar: WorkCalendar, now: Date): TaskView {
  const { assignees, createdAt: _c, updatedAt: _u, ...rest } = task;
  const periods = periodsUntil(task, chinaDay(now), calendar);
  return {
    ...rest,
    assigneeCount: assignees.filter((id) => inScope.has(id)).length,
    sentByCaller: inScope.has(task.orgId),
    currentPeriod: periods[periods.length - 1] ?? null,
  };
}
