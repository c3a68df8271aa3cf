import type { DivisionSource } from '../sqlite/divisions.ts';
import type { AggregateStore } from '../aggregate-types.ts';
import type { PackStore } from '../pack-types.ts';
import type { ReviewStore, TrustStore } from '../review-types.ts';
import type { MasterDataStore, NoticeStore, TaskStore } from '../task-types.ts';
import type { BlockStore, Storage, TemplateStore } from '../types.ts';
import { connectPostgres } from './db.ts';
import { createDivisionStore, importDivisions } from './divisions.ts';
import { migratePostgres } from './migrate.ts';
import { createOrgStore } from './orgs.ts';
import { createUserStore } from './users.ts';
import { createSessionStore } from './sessions.ts';
import { createAppStore } from './apps.ts';
import { createSubmissionStore } from './submissions.ts';
import { createUploadStore } from './uploads.ts';
import { createAuditStore } from './audit.ts';
import { createExportStore } from './export-rows.ts';
import { createExportProgressStore } from './export-progress.ts';
import { createRetentionStore } from './retention.ts';
import { createJobLeaseStore } from './retention.ts';
import { createLoginLockStore } from './login-locks.ts';
import { createRateBucketStore } from './rate-buckets.ts';
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
    orgs: createOrgStore(sql, () => new Date().toISOString()),
    users: createUserStore(sql),
    sessions: createSessionStore(sql),
    apps: createAppStore(sql),
    submissions: createSubmissionStore(sql),
    uploads: createUploadStore(sql),
    audit: createAuditStore(sql),
    exports: createExportStore(sql),
    exportProgress: createExportProgressStore(sql),
    review: notYetOnPostgres<ReviewStore>('review'),
    trust: notYetOnPostgres<TrustStore>('trust'),
    packs: notYetOnPostgres<PackStore>('packs'),
    aggregates: notYetOnPostgres<AggregateStore>('aggregates'),
    tasks: notYetOnPostgres<TaskStore>('tasks'),
    masterData: notYetOnPostgres<MasterDataStore>('masterData'),
    notices: notYetOnPostgres<NoticeStore>('notices'),
    retention: createRetentionStore(sql),
    jobs: createJobLeaseStore(sql),
    loginLocks: createLoginLockStore(sql),
    rateBuckets: createRateBucketStore(sql),
    templates: notYetOnPostgres<TemplateStore>('templates'),
    blocks: notYetOnPostgres<BlockStore>('blocks'),
    close: () => sql.end({ timeout: 5 }),
  };
}
