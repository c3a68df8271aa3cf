import type { OutcomeResult } from '@sprout/shared/definition';

/** `pending` waits for review and `claimed` is being reviewed; see `@sprout/shared/review`. */
export type SubmissionStatus = 'received' | 'pending' | 'claimed' | 'approved' | 'rejected' | 'returned';

export interface Submission {
  id: number;
  appId: number;
  orgId: number;
  receiptCode: string;
  version: number;
  status: SubmissionStatus;
  values: Record<string, unknown>;
  computed: Record<string, unknown>;
  outcome: OutcomeResult | null;
  submittedAt: string;
  reviewComment: string | null;
  resultCode: string | null;
}

/** A submission to store: the stored row less its id and review, plus what is kept beside it. */
export interface NewSubmission extends Omit<Submission, 'id' | 'reviewComment' | 'resultCode'> {
  idempotencyKey: string | null;
  /** A hash of the request body, so a replayed key with another body is told apart. */
  bodyHash: string | null;
  deviceId: string | null;
  submitterUserId: number | null;
  /** The value that must be unique per app for "one submission per …" settings. */
  onceKey: string | null;
  /** The sender's address, kept unless the app is anonymous. */
  ip: string | null;
  /** The app version whose consent text the resident agreed to (apps with consent text). */
  consentVersion?: number | null;
  /** When review must be done (apps that need review). */
  reviewDueAt?: string | null;
  /** The signed result code and its revocation id (apps that issue one). */
  resultCode?: string | null;
  resultCodeId?: string | null;
}

export type InsertResult =
  | { kind: 'created'; submission: Submission }
  | { kind: 'existing'; submission: Submission; bodyHash: string | null }
  | { kind: 'once-taken' };

export interface SubmissionFilter {
  status?: SubmissionStatus;
  from?: string;
  to?: string;
  q?: string;
  /** The id of the last row of the previous page (in the list's order). */
  before?: number;
  limit?: number;
  /** Exact answers of top-level fields (a choice, or one of a multiple choice's values). */
  fields?: Record<string, string>;
  /** `desc` (newest first) unless `asc` is asked for; the cursor follows the order. */
  order?: 'asc' | 'desc';
  /** Only rows of this org and the orgs below it. */
  orgId?: number;
  /** Outcome code, e.g. `green`. */
  outcome?: string;
}

export interface SubmissionEvent {
  at: string;
  actor: string | null;
  fromStatus: SubmissionStatus | null;
  toStatus: SubmissionStatus;
  comment: string | null;
}
