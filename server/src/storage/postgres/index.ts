import type { DivisionSource } from '../sqlite/divisions.ts';
import type { Storage } from '../types.ts';
import { createAggregateStore } from './aggregate.ts';
import { createBlockStore } from './blocks.ts';
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
import { createMasterDataStore, createNoticeStore } from './master-data.ts';
import { createPackStore } from './packs.ts';
import { createReviewStore } from './review.ts';
import { createTaskStore } from './tasks.ts';
import { createTemplateStore } from './templates.ts';
import { createTrustStore } from './trust.ts';

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
    review: createReviewStore(sql),
    trust: createTrustStore(sql),
    packs: createPackStore(sql),
    aggregates: createAggregateStore(sql),
    tasks: createTaskStore(sql),
    masterData: createMasterDataStore(sql),
    notices: createNoticeStore(sql),
    retention: createRetentionStore(sql),
    jobs: createJobLeaseStore(sql),
    loginLocks: createLoginLockStore(sql),
    rateBuckets: createRateBucketStore(sql),
    templates: createTemplateStore(sql),
    blocks: createBlockStore(sql),
    close: () => sql.end({ timeout: 5 }),
  };
}
