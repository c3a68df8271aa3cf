/** Shapes of docs/api.md that only the console reads: typed once in `@sprout/shared/api`. */
export type {
  DivisionItem as Division,
  OrgView as Org,
  Page,
  SubmissionEvent,
  SubmissionView as Submission,
  UserView as ConsoleUser,
} from '@sprout/shared/api';

export const ROLES = ['admin', 'builder', 'reviewer', 'viewer', 'vendor'] as const;
export const STATUSES = ['received', 'pending', 'claimed', 'approved', 'rejected', 'returned'] as const;
