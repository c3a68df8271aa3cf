/** Shapes of docs/api.md, as the officials' app reads them: typed once in `@sprout/shared/api`. */
export type {
  AppDetail,
  AppSummary,
  ProblemBody as Problem,
  PublishResult,
  UserView as User,
} from '@sprout/shared/api';
