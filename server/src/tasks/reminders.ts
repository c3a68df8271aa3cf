import { deadlineLabel } from '@sprout/shared/tasks';

/** One reminder to the officials of an org that has not reported. */
export interface Reminder {
  orgId: number;
  orgName: string;
  taskId: number;
  taskTitle: string;
  periodKey: string;
  deadline: string;
  message: string;
}

/**
 * Where reminders go besides the in-app notice: SMS or a work-chat bot later. The
 * server keeps in-app notices itself; a sender only relays.
 */
export interface ReminderSender {
  readonly name: string;
  send(reminders: readonly Reminder[]): Promise<void>;
}

/** The default sender: writes each reminder to the log, so operators see what an SMS would say. */
export function createLoggingSender(log: (line: string) => void = console.info): ReminderSender {
  return {
    name: 'log',
    send: async (reminders) => {
      for (const r of reminders) log(`[reminder] org ${r.orgId} ${r.orgName}: ${r.message}`);
    },
  };
}

/** The text of a reminder, in Chinese: officials read it in the console. */
export function reminderText(taskTitle: string, periodLabel: string, deadline: string): string {
  const due = deadlineLabel(deadline);
  return `请尽快填报「${taskTitle}」（${periodLabel}），截止时间 ${due}。`;
}
