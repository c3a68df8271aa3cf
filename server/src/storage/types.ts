import type { AppDefinition, AppNode } from '@sprout/shared/definition';
import type { DivisionLevel } from '@sprout/shared/validators';
import type { PackStore } from './pack-types.ts';
import type { ChainedAuditRow } from '../audit/audit-chain.ts';
import type {
  AppStatus,
  AppSummary,
  AuditEntryView,
  BlockView,
  TemplateSummaryView,
  TemplateView,
} from '@sprout/shared/api';
import type { AggregateStore } from './aggregate-types.ts';
import type { OrgScope } from './org-scope.ts';
import type { InsertResult, NewSubmission, Submission, SubmissionEvent, SubmissionFilter } from './submission-types.ts';
import type { ReviewStore, TrustStore } from './review-types.ts';
import type { MasterDataStore, NoticeStore, TaskStore } from './task-types.ts';

export type { OrgScope } from './org-scope.ts';
export type {
  InsertResult,
  NewSubmission,
  Submission,
  SubmissionEvent,
  SubmissionFilter,
  SubmissionStatus,
} from './submission-types.ts';

/**
 * The storage contract. Routes see only these plain types and promises, never a
 * database handle, so a PostgreSQL-compatible implementation can follow without
 * touching a route. Every implementation runs `storage.contract.ts`.
 */
export interface Storage {
  divisions: DivisionStore;
  orgs: OrgStore;
  users: UserStore;
  sessions: SessionStore;
  apps: AppStore;
  submissions: SubmissionStore;
  uploads: UploadStore;
  audit: AuditStore;
  /** Export rows with the fields already picked out by the database: the fast path of CSV and XLSX. */
  exports: ExportStore;
  /** How far a long export has come, and whether its official cancelled it. */
  exportProgress: ExportProgressStore;
  review: ReviewStore;
  /** The trust list (互认) and revoked result codes. */
  trust: TrustStore;
  /** Component packs: installs, approvals down the org tree, pins of published versions. */
  packs: PackStore;
  /** Retention and deletion of submissions with their files (personal data, issue 11). */
  retention: RetentionStore;
  /** Leases that keep a scheduled job to one run a day across server nodes. */
  jobs: JobLeaseStore;
  /** Counts and summaries over stored answers, for app statistics and task rollups. */
  aggregates: AggregateStore;
  /** Report tasks (报表任务) and their per-period reports. */
  tasks: TaskStore;
  /** Org master data (基础数据) with history. */
  masterData: MasterDataStore;
  /** In-app notices to an org's officials. */
  notices: NoticeStore;
  /** Failed sign-ins per (account, address) and per address. */
  loginLocks: LoginLockStore;
  /** Token buckets of the anonymous routes' rate limits, shared by every server process. */
  rateBuckets: RateBucketStore;
  /** Apps published by an org as templates for its subtree (模板中心). */
  templates: TemplateStore;
  /** Blocks (区块): versioned groups of nodes in an org's library, shared down its subtree. */
  blocks: BlockStore;
  /** Flushes pending writes and releases the database. */
  close(): Promise<void>;
}

/** `vendor`: an account an admin creates for a component vendor; it may upload packs, nothing else. */
export type Role = 'admin' | 'builder' | 'reviewer' | 'viewer' | 'vendor';
export const ROLES: readonly Role[] = ['admin', 'builder', 'reviewer', 'viewer', 'vendor'];

/** A grant beyond roles: `sensitive:read` shows L3/L4 values unmasked (admins hold it by default). */
export type Capability = 'sensitive:read';
export const CAPABILITIES: readonly Capability[] = ['sensitive:read'];

export interface Division {
  code: string;
  name: string;
  level: DivisionLevel;
  parentCode: string | null;
}

export interface Org {
  id: number;
  parentId: number | null;
  name: string;
  code: string;
  level: DivisionLevel;
  /** A disabled org keeps its data; its officials cannot sign in and no child is added under it. */
  disabled: boolean;
}

export interface User {
  id: number;
  username: string;
  displayName: string;
  roles: Role[];
  /** Grants given to this user on top of the roles. */
  capabilities: Capability[];
  orgId: number;
  disabled: boolean;
  createdAt: string;
  /** Set when someone else chose the password (created or reset): the next sign-in must change it. */
  mustChangePassword: boolean;
  /** May add top-level orgs (counties) to the deployment. */
  systemAdmin: boolean;
}

export interface NewUser {
  username: string;
  displayName: string;
  orgId: number;
  roles: Role[];
  capabilities?: Capability[];
  passwordHash: string;
  mustChangePassword?: boolean;
  systemAdmin?: boolean;
}

export interface Session {
  /** A hash of the cookie's token: the token itself is never stored. */
  id: string;
  userId: number;
  csrfToken: string;
  createdAt: string;
  lastSeenAt: string;
}

/** How failed sign-ins are limited; see `auth/login-throttle.ts`. */
export interface LoginPolicy {
  /** Failures of one username from one address before it must wait. */
  perAccount: number;
  /** Failures from one address across all usernames before it must wait (password spraying). */
  perAddress: number;
  /** The first wait; each further failure doubles it, up to `maxLockMs`. */
  lockMs: number;
  maxLockMs: number;
  /** Failures older than this are forgotten. */
  forgetMs: number;
}

/** An attempt let through answers the lock its failure would start (null: none yet). */
export type LoginAttempt = { allowed: true; lockedUntil: number | null } | { allowed: false; retryAfterMs: number };

export interface LoginLock {
  /** null: the address's own limit across usernames. */
  username: string | null;
  address: string;
  failures: number;
  lockedUntil: string;
}

export interface LoginLockStore {
  /**
   * Checks both limits and counts this attempt as a failure in one atomic step, so
   * parallel guesses cannot slip past the limit; `succeeded` takes it back.
   */
  begin(username: string, address: string, policy: LoginPolicy, now: number): Promise<LoginAttempt>;
  /** The password was right: forget the (account, address) failures and undo this attempt's count. */
  succeeded(username: string, address: string, policy: LoginPolicy): Promise<void>;
  /** Locks still in force at `now`. */
  locked(now: number): Promise<LoginLock[]>;
  /** Lifts one lock (username null: the address's own). */
  clear(username: string | null, address: string): Promise<void>;
}

/** A token bucket: `capacity` requests at once, refilled at `perSecond`. */
export interface RateLimit {
  capacity: number;
  perSecond: number;
}

export interface RateBucketStore {
  /** Takes one token from the bucket `key` at `now` (ms); answers how long to wait when it is empty. */
  take(key: string, limit: RateLimit, now: number): Promise<{ ok: true } | { ok: false; retryAfterMs: number }>;
}

// An app's status and list row are the wire's shapes (officials' API): one definition serves both.
export type { AppStatus, AppSummary } from '@sprout/shared/api';

export interface AppRecord extends AppSummary {
  draft: AppDefinition;
  revision: number;
}

export interface AppVersion {
  appId: number;
  version: number;
  definition: AppDefinition;
  publishedAt: string;
  publishedBy: { id: number; displayName: string } | null;
}

/** A published app as residents reach it: the app and the definition of its current version. */
export interface PublishedApp {
  appId: number;
  orgId: number;
  slug: string;
  title: string;
  status: AppStatus;
  version: number;
  definition: AppDefinition;
}

export interface DivisionStore {
  children(parentCode: string | null): Promise<Division[]>;
  get(code: string): Promise<Division | undefined>;
  count(): Promise<number>;
}

export interface OrgStore {
  create(org: { parentId: number | null; name: string; code: string; level: DivisionLevel }): Promise<Org>;
  get(id: number, scope?: OrgScope): Promise<Org | undefined>;
  byCode(code: string): Promise<Org | undefined>;
  /** The org and all its descendants, parents before children. */
  subtree(scope: OrgScope): Promise<Org[]>;
  ancestors(id: number): Promise<Org[]>;
  /** Renames or disables / enables an org; its code and data stay. */
  update(id: number, patch: { name?: string; disabled?: boolean }): Promise<void>;
  /** Moves an org with its whole subtree under `parentId`; `cycle` when that is inside the org itself. */
  move(id: number, parentId: number): Promise<'moved' | 'cycle'>;
}

export interface UserStore {
  create(user: NewUser, now: string): Promise<User>;
  get(id: number, scope?: OrgScope): Promise<User | undefined>;
  byUsername(username: string): Promise<(User & { passwordHash: string }) | undefined>;
  passwordHash(id: number): Promise<string | undefined>;
  list(scope: OrgScope): Promise<User[]>;
  update(
    id: number,
    patch: { displayName?: string; roles?: Role[]; capabilities?: Capability[]; disabled?: boolean },
    now: string,
  ): Promise<void>;
  /** `mustChange`: someone else chose it, so the next sign-in must replace it. */
  setPassword(id: number, passwordHash: string, now: string, options?: { mustChange?: boolean }): Promise<void>;
  count(): Promise<number>;
}

export interface SessionStore {
  create(session: Session): Promise<void>;
  get(id: string): Promise<Session | undefined>;
  touch(id: string, at: string): Promise<void>;
  delete(id: string): Promise<void>;
  deleteForUser(userId: number): Promise<void>;
}

export interface AppStore {
  create(app: {
    orgId: number;
    slug: string;
    title: string;
    draft: AppDefinition;
    createdBy: number | null;
    now: string;
  }): Promise<AppRecord>;
  get(id: number, scope: OrgScope, todayStart: string): Promise<AppRecord | undefined>;
  list(scope: OrgScope, todayStart: string): Promise<AppSummary[]>;
  /** Saves the draft when `revision` is the current one; answers the new revision or `conflict`. */
  saveDraft(id: number, draft: AppDefinition, revision: number, now: string): Promise<number | 'conflict'>;
  /**
   * Freezes the current draft as the next numbered version and answers it. The pack
   * versions it pins are recorded in the same transaction: no published version is
   * ever without its pins.
   */
  publish(
    id: number,
    definition: AppDefinition,
    userId: number | null,
    now: string,
    packIds?: readonly number[],
  ): Promise<number>;
  versions(id: number): Promise<AppVersion[]>;
  version(id: number, version: number): Promise<AppVersion | undefined>;
  setStatus(id: number, status: AppStatus, now: string): Promise<void>;
  softDelete(id: number, now: string): Promise<void>;
  published(slug: string): Promise<PublishedApp | undefined>;
}

export interface SubmissionStore {
  /** Resolves only after the row is durable on disk. */
  insert(submission: NewSubmission): Promise<InsertResult>;
  get(appId: number, id: number): Promise<Submission | undefined>;
  byIdempotencyKey(
    appId: number,
    key: string,
  ): Promise<{ submission: Submission; bodyHash: string | null } | undefined>;
  byReceipt(code: string): Promise<(Submission & { appTitle: string }) | undefined>;
  list(appId: number, filter: SubmissionFilter): Promise<Submission[]>;
  /** Every matching row, newest first, in pages, so an export's memory stays flat. */
  stream(appId: number, filter: SubmissionFilter): AsyncIterable<Submission[]>;
  history(id: number): Promise<SubmissionEvent[]>;
}

/** Which top-level answers and computed values an export wants, by name. */
export interface ExportPick {
  values: string[];
  computed: string[];
}

/**
 * One export row: `[receiptCode, submittedAt, status, version, ...values, ...computed, outcomeLabel]`,
 * each answer as its JSON text (null when absent), so no row is ever parsed whole.
 */
export type ExportRow = Array<string | number | null>;

export interface ExportRowsOptions {
  /**
   * Every text of the rows (receipt, time, status, answers, label) as its UTF-8 bytes
   * (`Utf8Bytes`, `storage/utf8-bytes.ts`): the CSV export's form, which it writes to the
   * socket without decoding and encoding every row. Plain text when absent.
   */
  utf8Bytes?: boolean;
}

export interface ExportStore {
  rows(
    appId: number,
    filter: SubmissionFilter,
    pick: ExportPick,
    options?: ExportRowsOptions,
  ): AsyncIterable<ExportRow[]>;
  /** How many rows `rows` will yield for this filter: the 100 % of an export's progress. */
  count(appId: number, filter: SubmissionFilter): Promise<number>;
}

export type ExportState = 'running' | 'done' | 'cancelled' | 'failed';

export interface ExportProgress {
  /** Chosen by the official's browser, so it can ask before the first byte arrives. */
  id: string;
  appId: number;
  userId: number;
  total: number;
  done: number;
  state: ExportState;
  updatedAt: string;
}

/** Kept in storage, not in one server's memory: the progress poll may reach another node. */
export interface ExportProgressStore {
  /** Answers false when the id is already taken. */
  start(p: Omit<ExportProgress, 'done' | 'state'>): Promise<boolean>;
  get(id: string, userId: number): Promise<ExportProgress | undefined>;
  /** Records rows written and answers the state, which is `cancelled` once the official asked. */
  advance(id: string, done: number, at: string): Promise<ExportState | undefined>;
  finish(id: string, state: 'done' | 'failed', at: string): Promise<void>;
  /** Cancels a running export of this user; answers whether there was one. */
  cancel(id: string, userId: number, at: string): Promise<boolean>;
}

export interface Upload {
  id: string;
  appId: number;
  name: string;
  size: number;
  /** The type the server found from the first bytes, never the one the browser claimed. */
  type: string;
  createdAt: string;
  /** The sender's address, counted by the per-address quota (null when unknown or anonymous). */
  ip?: string | null;
}

/** How many files and bytes were uploaded in a window: what the quotas count. */
export interface UploadUsage {
  files: number;
  bytes: number;
}

export interface UploadStore {
  save(upload: Upload, bytes: Uint8Array): Promise<void>;
  get(appId: number, id: string): Promise<Upload | undefined>;
  read(appId: number, id: string): Promise<Uint8Array | undefined>;
  /** Uploads since `since` (ISO), to one app or, with `ip`, from one address to any app. */
  usage(since: string, by: { appId: number } | { ip: string }): Promise<UploadUsage>;
  /** Marks files as belonging to a submission, so the purge of unattached files keeps them. */
  attach(appId: number, ids: readonly string[], at: string): Promise<void>;
  /** Deletes files never attached to a submission and uploaded before `before` (ISO); answers how many. */
  purgeUnattached(before: string): Promise<number>;
}

/** An audit entry to record: the wire `AuditEntryView` before the store numbers and seals it. */
export type AuditEntry = Omit<AuditEntryView, 'id' | 'hash'>;

/** What the audit page filters by; `action` matches itself and its sub-actions (`submission` → `submission.view`). */
export interface AuditFilter {
  before?: number;
  limit?: number;
  userId?: number;
  action?: string;
  /** ISO instants, `to` exclusive. */
  from?: string;
  to?: string;
}

export interface AuditStore {
  /** Appends an entry sealed into the hash chain (each entry holds the hash of the one before). */
  record(entry: AuditEntry): Promise<void>;
  /** Entries of the scope's subtree, newest first, keyset-paged. */
  list(scope: OrgScope, options: AuditFilter): Promise<AuditEntryView[]>;
  /** The whole log oldest first, in pages, as stored (for `audit-verify`). */
  chain(): AsyncIterable<ChainedAuditRow[]>;
}

/** An app as retention sees it: every published version (the newest first), deleted apps too. */
export interface RetentionApp {
  appId: number;
  orgId: number;
  slug: string;
  versions: AppDefinition[];
}

/** A submission past its app's retention, with what is needed to find its files. */
export interface RetainedSubmission {
  id: number;
  receiptCode: string;
  values: Record<string, unknown>;
}

export interface RetentionStore {
  /** Apps with at least one published version, deleted ones included (their data is still here). */
  apps(): Promise<RetentionApp[]>;
  /** Up to `limit` submissions sent before `before`, not yet anonymised, oldest first. */
  olderThan(appId: number, before: string, limit: number): Promise<RetainedSubmission[]>;
  /**
   * Deletes a submission with its history, earlier revisions and the named uploads, in one
   * transaction; revocations keep their entry without the link. Answers false when it was gone.
   */
  remove(appId: number, submissionId: number, fileIds: readonly string[]): Promise<boolean>;
  /**
   * Replaces a submission's answers with `values` (the non-personal ones), clears everything
   * that identifies the sender (address, device, account, computed values, comments, result
   * code, earlier revisions) and deletes the named uploads.
   */
  anonymize(
    appId: number,
    submissionId: number,
    values: Record<string, unknown>,
    fileIds: readonly string[],
    at: string,
  ): Promise<boolean>;
}

export interface JobLeaseStore {
  /**
   * Takes the job for `day` when it has not run that day and nobody else holds an unexpired
   * lease; answers whether this holder got it.
   */
  claim(job: string, day: string, holder: string, leaseUntil: string, now: string): Promise<boolean>;
  /** Marks the day done and releases the lease. */
  finish(job: string, day: string, holder: string): Promise<void>;
}

/** A template as the 模板中心 lists it: the wire summary, its use count always known to the server. */
export type TemplateSummary = Required<TemplateSummaryView>;

export interface Template extends TemplateSummary, Pick<TemplateView, 'definition'> {
  sourceAppId: number | null;
}

export interface TemplateStore {
  publish(template: {
    orgId: number;
    sourceAppId: number | null;
    title: string;
    description: string;
    definition: AppDefinition;
    publishedBy: number | null;
    now: string;
  }): Promise<Template>;
  /** The templates an org may use: its own and those of every org above it, newest first. */
  visibleTo(orgId: number): Promise<TemplateSummary[]>;
  /** A template, only when the org may use it. */
  get(id: number, orgId: number): Promise<Template | undefined>;
  /** Counts one more app created from the template. */
  recordUse(id: number): Promise<void>;
}

/** A block with its latest version's nodes, as the palette lists it: the wire view, its use count always known. */
export type Block = Required<BlockView>;

export interface BlockStore {
  create(block: {
    orgId: number;
    name: string;
    nodes: AppNode[];
    createdBy: number | null;
    now: string;
  }): Promise<Block>;
  /** Saves the next version of a block and answers its number. */
  addVersion(id: number, nodes: AppNode[], createdBy: number | null, now: string): Promise<number>;
  /** Blocks an org may insert: its own and those of every org above it, by name. */
  visibleTo(orgId: number): Promise<Block[]>;
  /** A block the org may insert, with its latest version. */
  get(id: number, orgId: number): Promise<Block | undefined>;
  /** The nodes of one version of a block the org may insert. */
  version(id: number, version: number, orgId: number): Promise<AppNode[] | undefined>;
  recordUse(id: number): Promise<void>;
}
