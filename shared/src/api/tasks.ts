import type { RuntimePack } from '../catalog/pack/pinned.ts';
import type { AppDefinition } from '../definition/types.ts';
import type { DivisionLevel } from '../validators/index.ts';
import type { AggregateGroup, StatsField } from '../stats/types.ts';
import type { Period, Recurrence } from '../tasks/periods.ts';
import type { FillState, ProgressNode } from '../tasks/progress.ts';

/** Which orgs a task goes to: every org at a level, the children of one org, or a list. */
export type AssignTarget =
  | { kind: 'level'; level: DivisionLevel }
  | { kind: 'children'; orgId: number }
  | { kind: 'list'; orgIds: number[] };

/** `POST /api/v1/tasks`. */
export interface CreateTaskBody {
  appId: number;
  title: string;
  recurrence: Recurrence;
  /** `YYYY-MM-DD` (China time). */
  startsOn: string;
  endsOn?: string | null;
  /** Working days after a period's last day until its deadline; 0 = the last day itself. */
  deadlineDays: number;
  assign: AssignTarget;
  /** Fields marked 沿用上期. */
  prefillFields?: string[];
  /** Field name → master-data key. */
  masterBindings?: Record<string, string>;
}

/**
 * `POST /api/v1/tasks/:id/assignees`: orgs added (chosen like at sending) and removed after
 * sending. Removed orgs stop being asked; the reports they already sent are kept.
 */
export interface ChangeAssigneesBody {
  add?: AssignTarget;
  remove?: number[];
}

export interface ChangeAssigneesResponse {
  /** Orgs newly assigned / no longer assigned by this change. */
  added: number[];
  removed: number[];
  assignees: Array<{ orgId: number; name: string }>;
}

export type UpdateTaskBody = Partial<
  Pick<CreateTaskBody, 'title' | 'endsOn' | 'deadlineDays' | 'prefillFields' | 'masterBindings'>
>;

/** A task is sent (`open`) until its sender closes it. */
export type TaskStatus = 'open' | 'closed';

/** A report task (报表任务) as the caller sees it: a published app sent to descendant orgs for periods. */
export interface TaskView {
  id: number;
  /** The org that sent it. */
  orgId: number;
  appId: number;
  appTitle: string;
  title: string;
  recurrence: Recurrence;
  startsOn: string;
  endsOn: string | null;
  deadlineDays: number;
  status: TaskStatus;
  /** Fields marked 沿用上期: prefilled from the org's previous period. */
  prefillFields: string[];
  /** Field name → master-data key (常住人口…): prefilled from, and may update, the org's master data. */
  masterBindings: Record<string, string>;
  /** How many orgs it was sent to (inside the caller's subtree). */
  assigneeCount: number;
  /** Whether the caller's org sent it (and so may change, close and remind). */
  sentByCaller: boolean;
  currentPeriod: Period | null;
}

export interface TaskDetail extends TaskView {
  periods: Period[];
  assignees: Array<{ orgId: number; name: string }>;
}

/** One line of an org's to-do: 待填报 until reported, then 已报. */
export interface TodoItem {
  task: TaskView;
  period: Period;
  state: FillState;
  submittedAt: string | null;
  revision: number | null;
}

/** `GET /tasks/:id/periods/:period/form`: what the filling official starts from. */
export interface TaskForm {
  task: TaskView;
  period: Period;
  version: number;
  definition: AppDefinition;
  /** The pack versions the published version pins: their components render and validate from these manifests. */
  packs: RuntimePack[];
  /** Values to start with: the current report, else prefill from the previous period and master data. */
  values: Record<string, unknown>;
  /** Where each prefilled value came from. */
  sources: Record<string, 'previous' | 'master' | 'current'>;
  state: FillState;
  revision: number | null;
}

/** `PUT /tasks/:id/periods/:period/report`. */
export interface TaskReportBody {
  version: number;
  values: Record<string, unknown>;
  /** Write the values of master-bound fields back to the org's master data. */
  updateMasterData?: boolean;
}

export interface TaskReportResult {
  revision: number;
  corrected: boolean;
  submittedAt: string;
  state: FillState;
  masterDataUpdated: string[];
}

export interface ProgressRow {
  orgId: number;
  name: string;
  /** The township (or other parent) it belongs to. */
  parentName: string | null;
  state: FillState;
  submittedAt: string | null;
  correctedAt: string | null;
  revision: number | null;
}

export interface TaskProgress {
  period: Period;
  rows: ProgressRow[];
  tree: ProgressNode | null;
  extractedAt: string;
}

/** One row of a rollup: an org (with its subtree summed) or, for a village, its own report. */
export interface RollupRow {
  orgId: number;
  name: string;
  hasChildren: boolean;
  group: AggregateGroup;
}

export interface TaskRollup {
  period: Period;
  fields: StatsField[];
  parent: { orgId: number; name: string };
  path: Array<{ orgId: number; name: string }>;
  rows: RollupRow[];
  total: AggregateGroup;
  extractedAt: string;
}

export interface MasterDataView {
  orgId: number;
  values: Record<string, { value: unknown; at: string; source: string | null }>;
  history: Record<string, Array<{ value: unknown; at: string; source: string | null }>>;
}

export interface NoticeView {
  id: number;
  taskId: number | null;
  periodKey: string | null;
  message: string;
  createdAt: string;
}

/** `POST /tasks/:id/periods/:period/reminders`: how many orgs were reminded. */
export interface RemindersSent {
  sent: number;
}

/** `PUT /orgs/:id/master-data`: the keys whose value changed. */
export interface MasterDataChanged {
  changed: string[];
}
