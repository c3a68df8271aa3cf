import type { TaskStatus, TaskView } from '@sprout/shared/api';
import type { Recurrence } from '@sprout/shared/tasks';
import type { OrgScope } from './org-scope.ts';
import type { NewSubmission, Submission } from './submission-types.ts';

export type { TaskStatus };

/**
 * A report task as stored: the wire `TaskView` without what depends on who asks (the
 * assignees counted in the caller's subtree, whether the caller sent it, the current
 * period), with every assignee and the times.
 */
export interface Task extends Omit<TaskView, 'assigneeCount' | 'sentByCaller' | 'currentPeriod'> {
  assignees: number[];
  createdAt: string;
  updatedAt: string;
}

export interface NewTask {
  orgId: number;
  appId: number;
  title: string;
  recurrence: Recurrence;
  startsOn: string;
  endsOn: string | null;
  deadlineDays: number;
  prefillFields: string[];
  masterBindings: Record<string, string>;
  assignees: number[];
  createdBy: number | null;
}

/** `assignees` replaces the whole list; reports of removed orgs are kept. */
export type TaskPatch = Partial<
  Pick<NewTask, 'title' | 'endsOn' | 'deadlineDays' | 'prefillFields' | 'masterBindings' | 'assignees'>
>;

/** The stored report of one org for one period. */
export interface TaskFill {
  orgId: number;
  submission: Submission;
  /** 1 for the first report; each correction adds one and keeps the earlier values. */
  revision: number;
  correctedAt: string | null;
}

export interface TaskStore {
  create(task: NewTask, now: string): Promise<Task>;
  /** The task when the scope sent it or holds one of its assignees. */
  get(id: number, scope: OrgScope): Promise<Task | undefined>;
  /** Tasks the scope sent or that were sent to orgs inside it, newest first. */
  list(scope: OrgScope): Promise<Task[]>;
  /** Open tasks assigned to exactly this org (its to-do). */
  assignedTo(orgId: number): Promise<Task[]>;
  update(id: number, patch: TaskPatch, now: string): Promise<void>;
  close(id: number, now: string): Promise<void>;
  /** The reports of a period by orgs inside the scope. */
  fills(taskId: number, periodKey: string, scope: OrgScope): Promise<TaskFill[]>;
  fill(taskId: number, periodKey: string, orgId: number): Promise<TaskFill | undefined>;
  /** The org's latest report from a period before this one (period keys sort in time order). */
  latestBefore(taskId: number, periodKey: string, orgId: number): Promise<TaskFill | undefined>;
  /**
   * Stores an org's report for a period, durable before it resolves. A second report
   * for the same period is a correction: it replaces the values and keeps the old ones.
   */
  submit(row: NewSubmission & { taskId: number; periodKey: string }): Promise<TaskFill & { corrected: boolean }>;
  /** Earlier values of a corrected report, oldest first. */
  revisions(
    submissionId: number,
  ): Promise<Array<{ revision: number; values: Record<string, unknown>; submittedAt: string }>>;
}

export interface MasterValue {
  value: unknown;
  at: string;
  byUserId: number | null;
  /** Where the change came from: `edit`, or `task:<id>:<period>` when a report updated it. */
  source: string | null;
}

/** Org master data (基础数据): facts kept once per org, with every change kept. */
export interface MasterDataStore {
  current(orgId: number): Promise<Record<string, MasterValue>>;
  history(orgId: number, key: string): Promise<MasterValue[]>;
  /** Records the values that differ from the current ones; answers the keys that changed. */
  set(
    orgId: number,
    values: Record<string, unknown>,
    by: { userId: number | null; source: string },
    now: string,
  ): Promise<string[]>;
}

export interface Notice {
  id: number;
  orgId: number;
  taskId: number | null;
  periodKey: string | null;
  message: string;
  createdAt: string;
}

export interface NoticeStore {
  add(notices: Array<Omit<Notice, 'id'> & { createdBy: number | null }>): Promise<void>;
  /** The newest notices for an org. */
  list(orgId: number, limit?: number): Promise<Notice[]>;
}
