import {
  type EventRow,
  fromNew,
  pagesOfSubmissions,
  type SubmissionRow,
  toEvent,
  toSubmission,
} from '../rows/submission-row.ts';
import type { InsertResult, NewSubmission, SubmissionEvent, SubmissionStore } from '../types.ts';
import type { Queryable, Sql } from './db.ts';
import { jsonb } from './scope.ts';
import { pageSize, submissionWhere } from './submission-filter.ts';

export const submissionColumns = (sql: Queryable, table = 'submissions') =>
  sql`${sql(table)}.id, ${sql(table)}.app_id, ${sql(table)}.org_id, ${sql(table)}.receipt_code, ${sql(table)}.version,
    ${sql(table)}.status, ${sql(table)}.values_json, ${sql(table)}.computed_json, ${sql(table)}.outcome_json,
    ${sql(table)}.submitted_at, ${sql(table)}.review_comment, ${sql(table)}.result_code, ${sql(table)}.body_hash`;

/** A uniqueness a submission claims in `submission_keys` (see 0001_core.sql for why not a unique index). */
export interface SubmissionClaim {
  kind: 'receipt' | 'idempotency' | 'once' | 'task-period';
  appId: number;
  key: string;
}

/** The claims of a new submission: its receipt code (across apps), its idempotency key and its once-per value. */
export function claimsOf(s: {
  appId: number;
  receiptCode: string;
  idempotencyKey?: string | null;
  onceKey?: string | null;
}): SubmissionClaim[] {
  const claims: SubmissionClaim[] = [{ kind: 'receipt', appId: 0, key: s.receiptCode }];
  if (s.idempotencyKey) claims.push({ kind: 'idempotency', appId: s.appId, key: s.idempotencyKey });
  if (s.onceKey) claims.push({ kind: 'once', appId: s.appId, key: s.onceKey });
  return claims;
}

/**
 * Claims keys for a submission inside the caller's transaction; answers the kinds that were
 * already taken. A claim racing another transaction waits for it, like a unique index.
 */
export async function claimSubmissionKeys(
  tx: Queryable,
  submissionId: number,
  claims: readonly SubmissionClaim[],
): Promise<Array<SubmissionClaim['kind']>> {
  const claimed = await tx<{ kind: SubmissionClaim['kind'] }[]>`
    INSERT INTO submission_keys (key, kind, app_id, submission_id)
    SELECT u.key, u.kind, u.app_id, ${submissionId}::bigint
    FROM unnest(${claims.map((c) => c.key)}::text[], ${claims.map((c) => c.kind)}::text[],
      ${claims.map((c) => String(c.appId))}::text[]::bigint[]) AS u (key, kind, app_id)
    ON CONFLICT DO NOTHING RETURNING kind`;
  const got = new Set(claimed.map((r) => r.kind));
  return claims.filter((c) => !got.has(c.kind)).map((c) => c.kind);
}

/** Thrown inside the insert's transaction to roll it back when a key was taken. */
class ClaimTaken extends Error {
  constructor(readonly kinds: Array<SubmissionClaim['kind']>) {
    super(`submission keys taken: ${kinds.join(', ')}`);
  }
}

/**
 * Submissions on PostgreSQL. Each insert is its own transaction and resolves after COMMIT,
 * so an acknowledged submission is durable (synchronous_commit on); PostgreSQL's own group
 * commit batches the WAL flushes of concurrent inserts, so no queue is needed here.
 */
export function createSubmissionStore(sql: Sql): SubmissionStore {
  const byKey = async (appId: number, key: string) =>
    (
      await sql<SubmissionRow[]>`SELECT ${submissionColumns(sql, 's')} FROM submission_keys k
        JOIN submissions s ON s.id = k.submission_id
        WHERE k.key = ${key} AND k.kind = 'idempotency' AND k.app_id = ${appId}`
    )[0];

  const insert = async (s: NewSubmission): Promise<InsertResult> => {
    try {
      const id = await sql.begin(async (tx) => {
        const [row] = await tx<{ id: number }[]>`
          INSERT INTO submissions (app_id, org_id, version, receipt_code, status, values_json, computed_json,
            outcome_json, submitted_at, idempotency_key, body_hash, device_id, submitter_user_id, once_key, ip,
            review_due_at, result_code, result_code_id, consent_version)
          VALUES (${s.appId}, ${s.orgId}, ${s.version}, ${s.receiptCode}, ${s.status}, ${jsonb(s.values)}::text::jsonb,
            ${jsonb(s.computed)}::text::jsonb, ${s.outcome ? jsonb(s.outcome) : null}::text::jsonb, ${s.submittedAt},
            ${s.idempotencyKey}, ${s.bodyHash}, ${s.deviceId}, ${s.submitterUserId}, ${s.onceKey}, ${s.ip},
            ${s.reviewDueAt ?? null}, ${s.resultCode ?? null}, ${s.resultCodeId ?? null},
            ${s.consentVersion === undefined || s.consentVersion === null ? null : String(s.consentVersion)})
          RETURNING id`;
        const id = (row as { id: number }).id;
        const taken = await claimSubmissionKeys(tx, id, claimsOf(s));
        if (taken.length > 0) throw new ClaimTaken(taken);
        return id;
      });
      return { kind: 'created', submission: fromNew(id, s) };
    } catch (error) {
      if (!(error instanceof ClaimTaken)) throw error;
      // The same idempotency key was committed first (maybe by another node), or the
      // once-per value is taken. A receipt-code clash is astronomically rare.
      const existing = s.idempotencyKey ? await byKey(s.appId, s.idempotencyKey) : undefined;
      if (existing) return { kind: 'existing', submission: toSubmission(existing), bodyHash: existing.body_hash };
      if (error.kinds.includes('once')) return { kind: 'once-taken' };
      throw new Error('submission insert conflicted on its receipt code: retry with a new code');
    }
  };

  const list: SubmissionStore['list'] = async (appId, f) =>
    (
      await sql<SubmissionRow[]>`SELECT ${submissionColumns(sql)} FROM submissions
        WHERE ${submissionWhere(sql, appId, f)}
        ORDER BY id ${f.order === 'asc' ? sql`ASC` : sql`DESC`} LIMIT ${pageSize(f)}`
    ).map(toSubmission);

  return {
    insert,
    get: async (appId, id) => {
      const [r] = await sql<SubmissionRow[]>`SELECT ${submissionColumns(sql)} FROM submissions
        WHERE app_id = ${appId} AND id = ${id}`;
      return r ? toSubmission(r) : undefined;
    },
    byIdempotencyKey: async (appId, key) => {
      const r = await byKey(appId, key);
      return r ? { submission: toSubmission(r), bodyHash: r.body_hash } : undefined;
    },
    byReceipt: async (code) => {
      const [r] = await sql<Array<SubmissionRow & { app_title: string }>>`
        SELECT ${submissionColumns(sql, 's')}, a.title AS app_title FROM submissions s
        JOIN apps a ON a.id = s.app_id WHERE s.receipt_code = ${code} AND a.deleted_at IS NULL`;
      return r ? { ...toSubmission(r), appTitle: r.app_title } : undefined;
    },
    list,
    stream: (appId, f) => pagesOfSubmissions((page) => list(appId, page), f),
    history: async (id): Promise<SubmissionEvent[]> =>
      (
        await sql<EventRow[]>`SELECT e.at, u.display_name AS actor, e.from_status, e.to_status, e.comment
          FROM submission_events e LEFT JOIN users u ON u.id = e.actor_user_id
          WHERE e.submission_id = ${id} ORDER BY e.id`
      ).map(toEvent),
  };
}
