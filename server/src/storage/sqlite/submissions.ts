import type { Database } from 'better-sqlite3';
import {
  type EventRow,
  fromNew,
  pagesOfSubmissions,
  SUBMISSION_JSON_COLUMNS,
  type SubmissionRow,
  toEvent,
  toSubmission,
} from '../rows/submission-row.ts';
import type {
  InsertResult,
  NewSubmission,
  Submission,
  SubmissionEvent,
  SubmissionFilter,
  SubmissionStore,
} from '../types.ts';
import { batchCounting } from './aggregate-batch.ts';
import { createGroupCommit } from './group-commit.ts';
import { fieldJsonPath } from './field-json-path.ts';
import { IN_SUBTREE } from './scope.ts';
import { readStored, type StoredRow } from './stored-row.ts';
import { unsynced } from './unsynced.ts';
import { createWalSync, type WalSync } from './wal-sync.ts';

const COLUMNS = `id, app_id, org_id, receipt_code, version, status, values_json, computed_json, outcome_json,
  submitted_at, review_comment, result_code, body_hash`;

const readRow = readStored<SubmissionRow>({ json: SUBMISSION_JSON_COLUMNS });
const readWithTitle = readStored<SubmissionRow & { app_title: string }>({ json: SUBMISSION_JSON_COLUMNS });
const readSubmission = (stored: StoredRow) => toSubmission(readRow(stored));

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (ch) => `\\${ch}`);

/** Builds the WHERE clause of a filtered list; every value is a bound parameter. */
export function where(appId: number, f: SubmissionFilter): { sql: string; args: unknown[] } {
  const parts = ['app_id = ?'];
  const args: unknown[] = [appId];
  if (f.status) parts.push('status = ?') && args.push(f.status);
  if (f.from) parts.push('submitted_at >= ?') && args.push(f.from);
  if (f.to) parts.push('submitted_at < ?') && args.push(f.to);
  if (f.orgId !== undefined) parts.push(`org_id ${IN_SUBTREE}`) && args.push(f.orgId);
  if (f.outcome) parts.push(`json_extract(outcome_json, '$.code') = ?`) && args.push(f.outcome);
  if (f.before !== undefined) parts.push(f.order === 'asc' ? 'id > ?' : 'id < ?') && args.push(f.before);
  for (const [name, value] of Object.entries(f.fields ?? {})) {
    // json_each yields a scalar answer itself, or each value of a multiple choice.
    parts.push('EXISTS (SELECT 1 FROM json_each(values_json, ?) WHERE json_each.value = ?)');
    args.push(fieldJsonPath(name), value);
  }
  if (f.q) {
    parts.push(`(values_json LIKE ? ESCAPE '\\' OR receipt_code = ?)`);
    args.push(`%${escapeLike(f.q)}%`, f.q.toUpperCase());
  }
  return { sql: parts.join(' AND '), args };
}

export interface SubmissionStoreOptions {
  /** How the WAL is synced after a batch's commit; tests hold it to see who waits for it. */
  wal?: WalSync;
}

export function createSubmissionStore(
  db: Database,
  options: SubmissionStoreOptions = {},
): SubmissionStore & { drain(): void } {
  const insert = db.prepare(
    `INSERT INTO submissions (app_id, org_id, version, receipt_code, status, values_json, computed_json, outcome_json,
       submitted_at, idempotency_key, body_hash, device_id, submitter_user_id, once_key, ip,
       review_due_at, result_code, result_code_id, consent_version)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
  );
  const byKey = db.prepare<[number, string], StoredRow>(
    `SELECT ${COLUMNS} FROM submissions WHERE app_id = ? AND idempotency_key = ?`,
  );
  const get = db.prepare<[number, number], StoredRow>(`SELECT ${COLUMNS} FROM submissions WHERE app_id = ? AND id = ?`);
  const byReceipt = db.prepare<[string], StoredRow>(
    `SELECT ${COLUMNS.replace(/(\w+)/g, 's.$1')}, a.title AS app_title FROM submissions s
     JOIN apps a ON a.id = s.app_id WHERE s.receipt_code = ? AND a.deleted_at IS NULL`,
  );
  const events = db.prepare<[number], EventRow>(
    `SELECT e.at, u.display_name AS actor, e.from_status, e.to_status, e.comment FROM submission_events e
     LEFT JOIN users u ON u.id = e.actor_user_id WHERE e.submission_id = ? ORDER BY e.id`,
  );

  const insertOne = (s: NewSubmission): InsertResult => {
    const info = insert.run(
      s.appId,
      s.orgId,
      s.version,
      s.receiptCode,
      s.status,
      JSON.stringify(s.values),
      JSON.stringify(s.computed),
      s.outcome ? JSON.stringify(s.outcome) : null,
      s.submittedAt,
      s.idempotencyKey,
      s.bodyHash,
      s.deviceId,
      s.submitterUserId,
      s.onceKey,
      s.ip,
      s.reviewDueAt ?? null,
      s.resultCode ?? null,
      s.resultCodeId ?? null,
      s.consentVersion === undefined || s.consentVersion === null ? null : String(s.consentVersion),
    );
    if (info.changes === 1) {
      return { kind: 'created', submission: fromNew(Number(info.lastInsertRowid), s) };
    }
    // ON CONFLICT DO NOTHING: either the same idempotency key was committed (maybe in this
    // very batch) or the once-per value is taken. A receipt-code clash is astronomically rare.
    const stored = s.idempotencyKey ? byKey.get(s.appId, s.idempotencyKey) : undefined;
    const existing = stored && readRow(stored);
    if (existing) return { kind: 'existing', submission: toSubmission(existing), bodyHash: existing.body_hash };
    if (s.onceKey) return { kind: 'once-taken' };
    throw new Error('submission insert conflicted on its receipt code: retry with a new code');
  };
  const counting = batchCounting(db);
  // The batch's rows get their ids in order from one writer, so its created rows are one id range.
  const batch = db.transaction((items: NewSubmission[]) => {
    counting.defer();
    const results = items.map(insertOne);
    const ids = results.flatMap((r) => (r.kind === 'created' ? [r.submission.id] : []));
    counting.countAndResume(ids[0], ids.at(-1));
    return results;
  });
  // A batch appends its commit to the WAL without an fsync and the WAL is then synced off
  // the event loop before any of its callers is answered: as durable as synchronous=FULL,
  // but validation of the next requests goes on during the fsync (see wal-sync.ts).
  const wal = options.wal ?? createWalSync(`${db.name}-wal`);
  const commits = createGroupCommit<NewSubmission, InsertResult>(unsynced(db, batch), { durable: wal });

  const list = (appId: number, f: SubmissionFilter): Submission[] => {
    const w = where(appId, f);
    const limit = Math.min(Math.max(f.limit ?? 50, 1), 5000);
    return db
      .prepare<unknown[], StoredRow>(
        `SELECT ${COLUMNS} FROM submissions WHERE ${w.sql} ORDER BY id ${f.order === 'asc' ? 'ASC' : 'DESC'} LIMIT ?`,
      )
      .all(...w.args, limit)
      .map(readSubmission);
  };

  return {
    insert: (s) => commits.submit(s),
    // On close: what is queued is committed and synced, then the WAL file is let go.
    drain: () => {
      commits.drain();
      wal.close();
    },
    get: async (appId, id) => {
      const r = get.get(appId, id);
      return r ? readSubmission(r) : undefined;
    },
    byIdempotencyKey: async (appId, key) => {
      const stored = byKey.get(appId, key);
      const r = stored && readRow(stored);
      if (!r) return undefined;
      // The row may be a batch's whose fsync is still running: a replay is answered only once it is durable.
      await wal.synced();
      return { submission: toSubmission(r), bodyHash: r.body_hash };
    },
    byReceipt: async (code) => {
      const stored = byReceipt.get(code);
      const r = stored && readWithTitle(stored);
      return r ? { ...toSubmission(r), appTitle: r.app_title } : undefined;
    },
    list: async (appId, f) => list(appId, f),
    stream: (appId, f) => pagesOfSubmissions((page) => list(appId, page), f),
    history: async (id): Promise<SubmissionEvent[]> => events.all(id).map(toEvent),
  };
}
