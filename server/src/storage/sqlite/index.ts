import { chmodSync, closeSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Storage } from '../types.ts';
import { createAggregateStore } from './aggregate.ts';
import { createAppStore } from './apps.ts';
import { createAuditStore } from './audit.ts';
import { createExportProgressStore } from './export-progress.ts';
import { createExportStore } from './export-rows.ts';
import { createLoginLockStore } from './login-locks.ts';
import { createDivisionStore, type DivisionSource, importDivisions } from './divisions.ts';
import { migrate } from './migrations.ts';
import { createMasterDataStore, createNoticeStore } from './master-data.ts';
import { createOrgStore } from './orgs.ts';
import { createPackStore } from './packs.ts';
import { createRateBucketStore } from './rate-buckets.ts';
import { createReviewStore } from './review.ts';
import { createJobLeaseStore, createRetentionStore } from './retention.ts';
import { createSessionStore } from './sessions.ts';
import { createSubmissionStore } from './submissions.ts';
import { createTemplateStore } from './templates.ts';
import { createBlockStore } from './blocks.ts';
import { createTaskStore } from './tasks.ts';
import { createTrustStore } from './trust.ts';
import { createUploadStore } from './uploads.ts';
import { createUserStore } from './users.ts';

export type { DivisionSource } from './divisions.ts';

export interface SqliteStorageOptions {
  /** The database file; created with its folder when missing. */
  file: string;
  /** Fill an empty divisions table from the full dataset (`package`, seconds) or a test fixture. */
  divisions?: DivisionSource;
}

/**
 * Residents' answers and uploads live in this file: it is created readable by the
 * server's user only (SQLite gives its -wal and -shm files the same mode), and an
 * older, wider file is narrowed on open.
 */
function createOwnerOnly(file: string): void {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  closeSync(openSync(file, 'a', 0o600));
  chmodSync(file, 0o600);
}

/** One connection with the settings every Sprout database runs under (they are per connection, not stored in the file). */
export function openDatabase(file: string): Database.Database {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // Statement journals (every insert into submissions has one: its triggers keep the
  // statistics counters) stay in memory instead of a temporary file per statement.
  db.pragma('temp_store = MEMORY');
  return db;
}

/**
 * Opens (and migrates) the SQLite storage. Durability is the point: WAL with
 * synchronous=FULL fsyncs every commit, so a submission acknowledged after its
 * commit survives power loss; group commit keeps that affordable.
 */
export function createSqliteStorage(options: SqliteStorageOptions): Storage {
  createOwnerOnly(options.file);
  const db = openDatabase(options.file);
  migrate(db);
  importDivisions(db, options.divisions ?? 'fixture');
  const submissions = createSubmissionStore(db);
  return {
    divisions: createDivisionStore(db),
    orgs: createOrgStore(db, () => new Date().toISOString()),
    users: createUserStore(db),
    sessions: createSessionStore(db),
    apps: createAppStore(db),
    submissions,
    uploads: createUploadStore(db),
    audit: createAuditStore(db),
    exports: createExportStore(db),
    exportProgress: createExportProgressStore(db),
    review: createReviewStore(db),
    trust: createTrustStore(db),
    packs: createPackStore(db),
    aggregates: createAggregateStore(db),
    tasks: createTaskStore(db),
    masterData: createMasterDataStore(db),
    notices: createNoticeStore(db),
    retention: createRetentionStore(db),
    jobs: createJobLeaseStore(db),
    loginLocks: createLoginLockStore(db),
    rateBuckets: createRateBucketStore(db),
    templates: createTemplateStore(db),
    blocks: createBlockStore(db),
    close: async () => {
      submissions.drain();
      db.close();
    },
  };
}
