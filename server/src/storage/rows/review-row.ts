import type { OutcomeResult } from '@sprout/shared/definition';
import type { ReviewItem } from '../review-types.ts';
import type { SubmissionStatus } from '../types.ts';

/** A submission as the review queue reads it, with its app, org and claimer, on every engine. */
export interface ItemRow {
  id: number;
  app_id: number;
  app_title: string;
  app_slug: string;
  org_id: number;
  org_name: string;
  receipt_code: string;
  status: SubmissionStatus;
  revision: number;
  version: number;
  values_json: Record<string, unknown>;
  outcome_json: OutcomeResult | null;
  submitted_at: string;
  review_due_at: string | null;
  claimed_by: number | null;
  claimer_name: string | null;
  review_comment: string | null;
}

/** The JSON columns of a queue item, for engines that store JSON as text. */
export const ITEM_JSON_COLUMNS = ['values_json', 'outcome_json'] as const;

export const toItem = (r: ItemRow): ReviewItem => ({
  id: r.id,
  appId: r.app_id,
  appTitle: r.app_title,
  appSlug: r.app_slug,
  orgId: r.org_id,
  orgName: r.org_name,
  receiptCode: r.receipt_code,
  status: r.status,
  revision: r.revision,
  version: r.version,
  values: r.values_json,
  outcome: r.outcome_json,
  submittedAt: r.submitted_at,
  reviewDueAt: r.review_due_at,
  claimedBy: r.claimed_by === null ? null : { id: r.claimed_by, displayName: r.claimer_name ?? '' },
  reviewComment: r.review_comment,
});

/** A waiting submission without a review deadline yet (written before deadlines existed). */
export interface UndatedRow {
  id: number;
  app_id: number;
  version: number;
  submitted_at: string;
}

export const toUndated = (r: UndatedRow) => ({
  id: r.id,
  appId: r.app_id,
  version: r.version,
  submittedAt: r.submitted_at,
});
