import type { TrustBundle } from '../result-code/index.ts';
import type { RuntimePack } from '../catalog/pack/pinned.ts';
import type { PackUpgrade, PackUpgradeResult, PackView, RuntimeCatalog } from './catalog.ts';
import type { HealthView, Items, ReadyView } from './meta.ts';
import type { ProblemBody } from './problem.ts';
import type {
  AppDetail,
  AppSummary,
  AppVersionSummary,
  AppVersionView,
  AuditEntryView,
  DeletedSubmission,
  DraftSaved,
  ExportProgressView,
  LoginLockView,
  OrgView,
  Page,
  PasswordReset,
  PublishResult,
  ReviewItemView,
  ReviewSummary,
  SignedIn,
  SubmissionDetail,
  SubmissionView,
  TopLevelOrgCreated,
  TrustedIssuerView,
  UnmaskedSubmission,
  UserCreated,
  UserView,
} from './officials.ts';
import type { DivisionList, PublishedAppBody, Receipt, ReceiptAnswers, UploadedFile } from './residents.ts';
import type { CodeRevoked, KeysRotated, RevocationList, VerifyAnswer } from './result-codes.ts';
import type { AppStatsResponse } from './stats.ts';
import type {
  ChangeAssigneesResponse,
  MasterDataChanged,
  MasterDataView,
  NoticeView,
  RemindersSent,
  TaskDetail,
  TaskForm,
  TaskProgress,
  TaskReportResult,
  TaskRollup,
  TaskView,
  TodoItem,
} from './tasks.ts';
import type { BlockVersionAdded, BlockVersionView, BlockView, TemplateSummaryView, TemplateView } from './templates.ts';

/**
 * Every JSON answer of the API (and the problem every error answers), by the name its schema has in the OpenAPI document.
 * A route names its answer from these keys (`defineRoute`'s `responses`); the server's
 * JSON Schemas are generated from this map (`pnpm --filter @sprout/server gen:answers`),
 * so the document says what these types say.
 */
export interface ApiAnswers {
  /** Every 4xx/5xx answer (`application/problem+json`). */
  Problem: ProblemBody;
  Health: HealthView;
  Ready: ReadyView;
  SignedIn: SignedIn;
  LoginLockList: Items<LoginLockView>;
  OrgView: OrgView;
  OrgList: Items<OrgView>;
  TopLevelOrgCreated: TopLevelOrgCreated;
  UserView: UserView;
  UserList: Items<UserView>;
  UserCreated: UserCreated;
  PasswordReset: PasswordReset;
  DivisionList: DivisionList;
  AppSummary: AppSummary;
  AppList: Items<AppSummary>;
  AppDetail: AppDetail;
  DraftSaved: DraftSaved;
  PublishResult: PublishResult;
  AppVersionList: Items<AppVersionSummary>;
  AppVersionView: AppVersionView;
  TemplateList: Items<TemplateSummaryView>;
  TemplateView: TemplateView;
  BlockList: Items<BlockView>;
  BlockView: BlockView;
  BlockVersionView: BlockVersionView;
  BlockVersionAdded: BlockVersionAdded;
  SubmissionPage: Page<SubmissionView>;
  SubmissionDetail: SubmissionDetail;
  /** `GET /apps/:id/export.json`: the download, every matching submission as officials see it. */
  SubmissionExport: SubmissionView[];
  UnmaskedSubmission: UnmaskedSubmission;
  DeletedSubmission: DeletedSubmission;
  ExportProgressView: ExportProgressView;
  PublishedAppBody: PublishedAppBody;
  Receipt: Receipt;
  ReceiptAnswers: ReceiptAnswers;
  UploadedFile: UploadedFile;
  AuditPage: Page<AuditEntryView>;
  TrustBundle: TrustBundle;
  RevocationList: RevocationList;
  VerifyAnswer: VerifyAnswer;
  KeysRotated: KeysRotated;
  CodeRevoked: CodeRevoked;
  TrustedIssuerView: TrustedIssuerView;
  TrustedIssuerList: Items<TrustedIssuerView>;
  ReviewItemView: ReviewItemView;
  ReviewItemList: Items<ReviewItemView>;
  ReviewSummary: ReviewSummary;
  PackView: PackView;
  PackList: Items<PackView>;
  RuntimeCatalog: RuntimeCatalog;
  RuntimePack: RuntimePack;
  PackUpgradeList: Items<PackUpgrade>;
  PackUpgradeResult: PackUpgradeResult;
  AppStatsResponse: AppStatsResponse;
  TaskView: TaskView;
  TaskList: Items<TaskView>;
  TaskDetail: TaskDetail;
  TodoList: Items<TodoItem>;
  TaskForm: TaskForm;
  TaskReportResult: TaskReportResult;
  TaskProgress: TaskProgress;
  TaskRollup: TaskRollup;
  RemindersSent: RemindersSent;
  ChangeAssigneesResponse: ChangeAssigneesResponse;
  MasterDataView: MasterDataView;
  MasterDataChanged: MasterDataChanged;
  NoticeList: Items<NoticeView>;
}

/** The name of one JSON answer in the OpenAPI document. */
export type ApiAnswerName = keyof ApiAnswers;
