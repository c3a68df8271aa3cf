export {
  chinaDay,
  chinaTimeLabel,
  deadlineLabel,
  periodByKey,
  periodsUntil,
  previousPeriod,
  RECURRENCES,
} from './periods.ts';
export type { Period, Recurrence, TaskSchedule } from './periods.ts';
export { fillState, progressTree } from './progress.ts';
export type { FillState, OrgFill, ProgressNode, TreeOrg } from './progress.ts';
