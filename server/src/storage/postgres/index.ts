import type { DivisionSource } from '../sqlite/divisions.ts';
import type { AggregateStore } from '../aggregate-types.ts';
import type { PackStore } from '../pack-types.ts';
import type { ReviewStore, TrustStore } from '../review-types.ts';
import type { MasterDataStore, NoticeStore, TaskStore } from '../task-types.ts';
import type {
  AppStore,
  AuditStore,
  BlockStore,
  ExportProgressStore,
  ExportStore,
  JobLeaseStore,
  LoginLockStore,
  OrgStore,
  RateBucketStore,
  RetentionStore,
  SessionStore,
  Storage,
  SubmissionStore,
  TemplateStore,
  UploadStore,
  UserStore,
} from '../types.ts';
import { connectPostgres } from './db.ts';
import { createDivisionStore, importDivisions } from './divisions.ts';
import { migratePostgres } from './migrate.ts';
import { notYetOnPostgres } from './not-yet.ts';

export interface PostgresStorageOptions {
  /** `postgres://user:password@host:port/database` */
  url: string;
  /** Fill an empty divisions table from the full dataset (`package`) or a test fixture. */
  divisions?: DivisionSource;
  /** Connections in this node's pool. */
  maxConnections?: number;
}

/**
 * Opens (and migrates) the PostgreSQL storage. Every write commits before its promise
 * resolves, so a submission acknowledged after `insert` is durable with the server's
 * `synchronous_commit` (on by default).
 */
export async function createPostgresStorage(options: PostgresStorageOptions): Promise<Storage> {
  const sql = connectPostgres(options.url, { max: options.maxConnections });
  try {
    await migratePostgres(sql);
    await importDivisions(sql, options.divisions ?? 'fixture');
  } catch (error) {
    await sql.end({ timeout: 5 });
    throw error;
  }
  return {
    divisions: createDivisionStore(sql),
    orgs: notYetOnPostgres<OrgStore>('orgs'),
    users: notYetOnPostgres<UserStore>('users'),
    sessions: notYetOnPostgres<SessionStore>('sessions'),
    apps: notYetOnPostgres<AppStore>('apps'),
    submissions: notYetOnPostgres<SubmissionStore>('submissions'),
    uploads: notYetOnPostgres<UploadStore>('uploads'),
    audit: notYetOnPostgres<AuditStore>('audit'),
    exports: notYetOnPostgres<ExportStore>('exports'),
    exportProgress: notYetOnPostgres<ExportProgressStore>('exportProgress'),
    review: notYetOnPostgres<ReviewStore>('review'),
    trust: notYetOnPostgres<TrustStore>('trust'),
    packs: notYetOnPostgres<PackStore>('packs'),
    aggregates: notYetOnPostgres<AggregateStore>('aggregates'),
    tasks: notYetOnPostgres<TaskStore>('tasks'),
    masterData: notYetOnPostgres<MasterDataStore>('masterData'),
    notices: notYetOnPostgres<NoticeStore>('notices'),
    retention: notYetOnPostgres<RetentionStore>('retention'),
    jobs: notYetOnPostgres<JobLeaseStore>('jobs'),
    loginLocks: notYetOnPostgres<LoginLockStore>('loginLocks'),
    rateBuckets: notYetOnPostgres<RateBucketStore>('rateBuckets'),
    templates: notYetOnPostgres<TemplateStore>('templates'),
    blocks: notYetOnPostgres<BlockStore>('blocks'),
    close: () => sql.end({ timeout: 5 }),
  };
}
