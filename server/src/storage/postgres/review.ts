import type { ReviewStore, ReviewTransition } from '../review-types.ts';
import { type ItemRow, toItem, toUndated, type UndatedRow } from '../rows/review-row.ts';
import { type RevisionRow, toRevision } from '../rows/submission-row.ts';
import type { SubmissionStatus } from '../types.ts';
import type postgres from 'postgres';
import type { Queryable, Sql } from './db.ts';
import { inSubtree, jsonb } from './scope.ts';

const DECIDED: readonly SubmissionStatus[] = ['approved', 'rejected', 'returned'];

/** Items matching `where`, oldest first (the fragment may add ORDER BY and LIMIT itself). */
const items = async (sql: Queryable, where: postgres.Fragment) =>
  (
    await sql<ItemRow[]>`
      SELECT s.id, s.app_id, a.title AS app_title, a.slug AS app_slug, s.org_id, o.name AS org_name, s.receipt_code,
        s.status, s.revision, s.version, s.values_json, s.outcome_json, s.submitted_at, s.review_due_at, s.claimed_by,
        u.display_name AS claimer_name, s.review_comment
      FROM submissions s JOIN apps a ON a.id = s.app_id AND a.deleted_at IS NULL JOIN orgs o ON o.id = s.org_id
      LEFT JOIN users u ON u.id = s.claimed_by
      WHERE ${where}`
  ).map(toItem);

/**
 * The review queue, its compare-and-set transitions and residents' resubmissions. A
 * transition is one guarded UPDATE: PostgreSQL locks the row, and a second reviewer's
 * UPDATE, waiting on that lock, re-reads the row and no longer matches its `from`.
 */
export function createReviewStore(sql: Sql): ReviewStore {
  const transition = (t: ReviewTransition) =>
    sql.begin(async (tx) => {
      const decision = DECIDED.includes(t.to)
        ? tx`, review_comment = ${t.comment}, reviewed_at = ${t.at}, reviewed_by = ${t.actorUserId}`
        : tx``;
      const claimer =
        t.expectClaimedBy === undefined
          ? tx``
          : t.expectClaimedBy === null
            ? tx`AND claimed_by IS NULL`
            : tx`AND claimed_by = ${t.expectClaimedBy}`;
      const moved = await tx`
        UPDATE submissions SET status = ${t.to}, claimed_by = ${t.claimedBy} ${decision}
        WHERE id = ${t.submissionId} AND status = ${t.from} ${claimer}`;
      if (moved.count !== 1) return false;
      await tx`
        INSERT INTO submission_events (submission_id, at, actor_user_id, from_status, to_status, comment)
        VALUES (${t.submissionId}, ${t.at}, ${t.actorUserId}, ${t.from}, ${t.to}, ${t.comment})`;
      if (t.revoke) {
        await tx`
          INSERT INTO revocations (iss, jti, submission_id, revoked_at, revoked_by, expires_at)
          VALUES (${t.revoke.iss}, ${t.revoke.jti}, ${t.submissionId}, ${t.at}, ${t.actorUserId}, ${t.revoke.expiresAt})
          ON CONFLICT DO NOTHING`;
        await tx`UPDATE submissions SET result_code = NULL, result_code_id = NULL WHERE id = ${t.submissionId}`;
      }
      if (t.issue) {
        await tx`
          UPDATE submissions SET result_code = ${t.issue.token}, result_code_id = ${t.issue.jti}
          WHERE id = ${t.submissionId}`;
      }
      return true;
    });

  return {
    queue: async (scope, f) => {
      if (f.statuses.length === 0) return [];
      const limit = Math.min(Math.max(f.limit ?? 100, 1), 500);
      const app = f.appId === undefined ? sql`` : sql`AND s.app_id = ${f.appId}`;
      return items(
        sql,
        sql`s.status IN ${sql(f.statuses)} AND s.org_id ${inSubtree(sql, scope.orgId)} ${app}
          ORDER BY s.submitted_at, s.id LIMIT ${limit}`,
      );
    },
    item: async (appId, id) => (await items(sql, sql`s.app_id = ${appId} AND s.id = ${id}`))[0],
    overdue: async (scope, now, limit) =>
      items(
        sql,
        sql`s.status IN ('pending', 'claimed') AND s.org_id ${inSubtree(sql, scope.orgId)} AND s.review_due_at <= ${now}
          ORDER BY s.submitted_at, s.id LIMIT ${limit}`,
      ),
    summary: async (scope, userId, now) => {
      const [r] = await sql<{ waiting: number; mine: number; overdue: number }[]>`
        SELECT count(*) FILTER (WHERE s.status = 'pending') AS waiting,
          count(*) FILTER (WHERE s.status = 'claimed' AND s.claimed_by = ${userId}) AS mine,
          count(*) FILTER (WHERE s.review_due_at <= ${now}) AS overdue
        FROM submissions s JOIN apps a ON a.id = s.app_id AND a.deleted_at IS NULL
        WHERE s.status IN ('pending', 'claimed') AND s.org_id ${inSubtree(sql, scope.orgId)}`;
      return { waiting: r?.waiting ?? 0, claimedByMe: r?.mine ?? 0, overdue: r?.overdue ?? 0 };
    },
    undated: async () =>
      (
        await sql<UndatedRow[]>`
          SELECT id, app_id, version, submitted_at FROM submissions
          WHERE status IN ('pending', 'claimed') AND review_due_at IS NULL`
      ).map(toUndated),
    setDueAt: async (id, dueAt) => {
      await sql`UPDATE submissions SET review_due_at = ${dueAt} WHERE id = ${id} AND review_due_at IS NULL`;
    },
    transition,
    // The row is locked first, so of two resubmissions at once the second finds it pending and answers false.
    resubmit: async (r) =>
      sql.begin(async (tx) => {
        const [open] =
          await tx`SELECT 1 FROM submissions WHERE id = ${r.submissionId} AND status = 'returned' FOR UPDATE`;
        if (!open) return false;
        await tx`
          INSERT INTO submission_revisions (submission_id, revision, version, values_json, computed_json, outcome_json,
            submitted_at)
          SELECT id, revision, version, values_json, computed_json, outcome_json, submitted_at FROM submissions
          WHERE id = ${r.submissionId}`;
        await tx`
          UPDATE submissions SET status = 'pending', revision = revision + 1, version = ${r.version},
            values_json = ${jsonb(r.values)}::text::jsonb, computed_json = ${jsonb(r.computed)}::text::jsonb,
            outcome_json = ${r.outcome ? jsonb(r.outcome) : null}::text::jsonb, submitted_at = ${r.at},
            review_due_at = ${r.reviewDueAt}, claimed_by = NULL, review_comment = NULL,
            result_code = COALESCE(${r.resultCode}, result_code),
            result_code_id = COALESCE(${r.resultCodeId}, result_code_id)
          WHERE id = ${r.submissionId}`;
        await tx`
          INSERT INTO submission_events (submission_id, at, actor_user_id, from_status, to_status, comment)
          VALUES (${r.submissionId}, ${r.at}, NULL, 'returned', 'pending', NULL)`;
        return true;
      }),
    revisions: async (id) =>
      (
        await sql<RevisionRow[]>`
          SELECT revision, values_json, submitted_at FROM submission_revisions
          WHERE submission_id = ${id} ORDER BY revision`
      ).map(toRevision),
  };
}
