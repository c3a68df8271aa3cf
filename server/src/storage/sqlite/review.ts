import type { Database } from 'better-sqlite3';
import type { ReviewStore } from '../review-types.ts';
import { ITEM_JSON_COLUMNS, type ItemRow, toItem, toUndated, type UndatedRow } from '../rows/review-row.ts';
import { type RevisionRow, toRevision } from '../rows/submission-row.ts';
import { IN_SUBTREE } from './scope.ts';
import { readStored, type StoredRow } from './stored-row.ts';

const ITEM = `SELECT s.id, s.app_id, a.title AS app_title, a.slug AS app_slug, s.org_id, o.name AS org_name, s.receipt_code, s.status,
  s.revision, s.version, s.values_json, s.outcome_json, s.submitted_at, s.review_due_at, s.claimed_by,
  u.display_name AS claimer_name, s.review_comment
  FROM submissions s JOIN apps a ON a.id = s.app_id AND a.deleted_at IS NULL JOIN orgs o ON o.id = s.org_id
  LEFT JOIN users u ON u.id = s.claimed_by`;

const readItem = readStored<ItemRow>({ json: ITEM_JSON_COLUMNS });
const itemOf = (stored: StoredRow) => toItem(readItem(stored));
const readRevision = readStored<RevisionRow>({ json: ['values_json'] });

/** The review queue, its compare-and-set transitions and residents' resubmissions. */
export function createReviewStore(db: Database): ReviewStore {
  const item = db.prepare<[number, number], StoredRow>(`${ITEM} WHERE s.app_id = ? AND s.id = ?`);
  const overdue = db.prepare<[number, string, number], StoredRow>(
    `${ITEM} WHERE s.status IN ('pending', 'claimed') AND s.org_id ${IN_SUBTREE} AND s.review_due_at <= ?
     ORDER BY s.submitted_at, s.id LIMIT ?`,
  );
  const counts = db.prepare<[number, string, number], { waiting: number; mine: number; overdue: number }>(
    `SELECT count(*) FILTER (WHERE s.status = 'pending') AS waiting,
       count(*) FILTER (WHERE s.status = 'claimed' AND s.claimed_by = ?) AS mine,
       count(*) FILTER (WHERE s.review_due_at <= ?) AS overdue
     FROM submissions s JOIN apps a ON a.id = s.app_id AND a.deleted_at IS NULL
     WHERE s.status IN ('pending', 'claimed') AND s.org_id ${IN_SUBTREE}`,
  );
  const cas = db.prepare(
    `UPDATE submissions SET status = @to, claimed_by = @claimedBy,
       review_comment = CASE WHEN @decided THEN @comment ELSE review_comment END,
       reviewed_at = CASE WHEN @decided THEN @at ELSE reviewed_at END,
       reviewed_by = CASE WHEN @decided THEN @actor ELSE reviewed_by END
     WHERE id = @id AND status = @from AND (@anyClaimer OR claimed_by IS @expectClaimedBy)`,
  );
  const setCode = db.prepare('UPDATE submissions SET result_code = ?, result_code_id = ? WHERE id = ?');
  const revoke = db.prepare(
    `INSERT INTO revocations (iss, jti, submission_id, revoked_at, revoked_by, expires_at)
     VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
  );
  const event = db.prepare(
    `INSERT INTO submission_events (submission_id, at, actor_user_id, from_status, to_status, comment)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const keepRevision = db.prepare(
    `INSERT INTO submission_revisions (submission_id, revision, version, values_json, computed_json, outcome_json,
       submitted_at)
     SELECT id, revision, version, values_json, computed_json, outcome_json, submitted_at FROM submissions
     WHERE id = ? AND status = 'returned'`,
  );
  const resubmitRow = db.prepare(
    `UPDATE submissions SET status = 'pending', revision = revision + 1, version = @version,
       values_json = @values, computed_json = @computed, outcome_json = @outcome, submitted_at = @at,
       review_due_at = @due, claimed_by = NULL, review_comment = NULL,
       result_code = COALESCE(@resultCode, result_code), result_code_id = COALESCE(@resultCodeId, result_code_id)
     WHERE id = @id AND status = 'returned'`,
  );
  const undated = db.prepare<[], UndatedRow>(
    `SELECT id, app_id, version, submitted_at FROM submissions
     WHERE status IN ('pending', 'claimed') AND review_due_at IS NULL`,
  );
  const setDue = db.prepare('UPDATE submissions SET review_due_at = ? WHERE id = ? AND review_due_at IS NULL');
  const revisions = db.prepare<[number], StoredRow>(
    'SELECT revision, values_json, submitted_at FROM submission_revisions WHERE submission_id = ? ORDER BY revision',
  );

  const transition = db.transaction((t: Parameters<ReviewStore['transition']>[0]): boolean => {
    const decided = ['approved', 'rejected', 'returned'].includes(t.to);
    const info = cas.run({
      id: t.submissionId,
      from: t.from,
      to: t.to,
      claimedBy: t.claimedBy,
      comment: t.comment,
      at: t.at,
      actor: t.actorUserId,
      decided: decided ? 1 : 0,
      anyClaimer: t.expectClaimedBy === undefined ? 1 : 0,
      expectClaimedBy: t.expectClaimedBy ?? null,
    });
    if (info.changes !== 1) return false;
    event.run(t.submissionId, t.at, t.actorUserId, t.from, t.to, t.comment);
    if (t.revoke) {
      revoke.run(t.revoke.iss, t.revoke.jti, t.submissionId, t.at, t.actorUserId, t.revoke.expiresAt);
      setCode.run(null, null, t.submissionId);
    }
    if (t.issue) setCode.run(t.issue.token, t.issue.jti, t.submissionId);
    return true;
  });
  const resubmit = db.transaction((r: Parameters<ReviewStore['resubmit']>[0]): boolean => {
    if (keepRevision.run(r.submissionId).changes !== 1) return false;
    resubmitRow.run({
      id: r.submissionId,
      version: r.version,
      values: JSON.stringify(r.values),
      computed: JSON.stringify(r.computed),
      outcome: r.outcome ? JSON.stringify(r.outcome) : null,
      at: r.at,
      due: r.reviewDueAt,
      resultCode: r.resultCode,
      resultCodeId: r.resultCodeId,
    });
    event.run(r.submissionId, r.at, null, 'returned', 'pending', null);
    return true;
  });

  return {
    queue: async (scope, f) => {
      const marks = f.statuses.map(() => '?').join(', ');
      const sql = `${ITEM} WHERE s.status IN (${marks}) AND s.org_id ${IN_SUBTREE}
        ${f.appId !== undefined ? 'AND s.app_id = ?' : ''} ORDER BY s.submitted_at, s.id LIMIT ?`;
      const args: unknown[] = [...f.statuses, scope.orgId];
      if (f.appId !== undefined) args.push(f.appId);
      args.push(Math.min(Math.max(f.limit ?? 100, 1), 500));
      return db
        .prepare<unknown[], StoredRow>(sql)
        .all(...args)
        .map(itemOf);
    },
    item: async (appId, id) => {
      const r = item.get(appId, id);
      return r ? itemOf(r) : undefined;
    },
    overdue: async (scope, now, limit) => overdue.all(scope.orgId, now, limit).map(itemOf),
    summary: async (scope, userId, now) => {
      const r = counts.get(userId, now, scope.orgId);
      return { waiting: r?.waiting ?? 0, claimedByMe: r?.mine ?? 0, overdue: r?.overdue ?? 0 };
    },
    undated: async () => undated.all().map(toUndated),
    setDueAt: async (id, dueAt) => void setDue.run(dueAt, id),
    transition: async (t) => transition(t),
    resubmit: async (r) => resubmit(r),
    revisions: async (id) => revisions.all(id).map((r) => toRevision(readRevision(r))),
  };
}
