import type { OutcomeResult } from '@sprout/shared/definition';
import type { NewSubmission, Submission, SubmissionEvent, SubmissionFilter, SubmissionStatus } from '../types.ts';

/** A submissions row as both engines read it (SQLite's JSON text parsed by `sqlite/stored-row.ts`). */
export interface SubmissionRow {
  id: number;
  app_id: number;
  org_id: number;
  receipt_code: string;
  version: number;
  status: SubmissionStatus;
  values_json: Record<string, unknown>;
  computed_json: Record<string, unknown>;
  outcome_json: OutcomeResult | null;
  submitted_at: string;
  review_comment: string | null;
  result_code: string | null;
  body_hash: string | null;
}

/** The JSON columns of a submission row, for engines that store JSON as text. */
export const SUBMISSION_JSON_COLUMNS = ['values_json', 'computed_json', 'outcome_json'] as const;

export function toSubmission(r: SubmissionRow): Submission {
  return {
    id: r.id,
    appId: r.app_id,
    orgId: r.org_id,
    receiptCode: r.receipt_code,
    version: r.version,
    status: r.status,
    values: r.values_json,
    computed: r.computed_json,
    outcome: r.outcome_json,
    submittedAt: r.submitted_at,
    reviewComment: r.review_comment,
    resultCode: r.result_code,
  };
}

/** The stored row is exactly what was sent: building it back avoids a SELECT per insert. */
export function fromNew(id: number, s: NewSubmission): Submission {
  const { values, computed, outcome, submittedAt, receiptCode, version, status, appId, orgId } = s;
  return {
    id,
    appId,
    orgId,
    receiptCode,
    version,
    status,
    values,
    computed,
    outcome,
    submittedAt,
    reviewComment: null,
    resultCode: s.resultCode ?? null,
  };
}

/** A submission_events row joined with the actor's display name. */
export interface EventRow {
  at: string;
  actor: string | null;
  from_status: SubmissionStatus | null;
  to_status: SubmissionStatus;
  comment: string | null;
}

export const toEvent = (e: EventRow): SubmissionEvent => ({
  at: e.at,
  actor: e.actor,
  fromStatus: e.from_status,
  toStatus: e.to_status,
  comment: e.comment,
});

/** A submission_revisions row as a submission's or a report's history lists it. */
export interface RevisionRow {
  revision: number;
  values_json: Record<string, unknown>;
  submitted_at: string;
}

export const toRevision = (r: RevisionRow) => ({
  revision: r.revision,
  values: r.values_json,
  submittedAt: r.submitted_at,
});

/** `stream` on every engine: keyset pages of 2000 from the last id, so memory stays flat. */
export async function* pagesOfSubmissions(
  list: (f: SubmissionFilter) => Promise<Submission[]> | Submission[],
  f: SubmissionFilter,
): AsyncIterable<Submission[]> {
  let before = f.before;
  for (;;) {
    const page = await list({ ...f, before, limit: 2000 });
    if (page.length === 0) return;
    yield page;
    before = page[page.length - 1]?.id;
  }
}
