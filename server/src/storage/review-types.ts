import type { OutcomeResult } from '@sprout/shared/definition';
import type { OrgScope } from './org-scope.ts';
import type { SubmissionStatus } from './submission-types.ts';

/** A submission as the review queue shows it: where it stands, whose it is, when it runs out. */
export interface ReviewItem {
  id: number;
  appId: number;
  appTitle: string;
  appSlug: string;
  orgId: number;
  orgName: string;
  receiptCode: string;
  status: SubmissionStatus;
  revision: number;
  version: number;
  values: Record<string, unknown>;
  outcome: OutcomeResult | null;
  submittedAt: string;
  reviewDueAt: string | null;
  claimedBy: { id: number; displayName: string } | null;
  reviewComment: string | null;
}

/** One compare-and-set step: only when the row is still `from` does it become `to`. */
export interface ReviewTransition {
  submissionId: number;
  from: SubmissionStatus;
  to: SubmissionStatus;
  actorUserId: number | null;
  comment: string | null;
  at: string;
  /** Who holds the item after the step (claim sets it, release and decisions clear it). */
  claimedBy: number | null;
  /** When the claimer must still match, e.g. a decision on a claimed item. */
  expectClaimedBy?: number | null;
  /** In the same transaction: the result code now valid for it (an approval of an app that issues codes). */
  issue?: { token: string; jti: string };
  /** In the same transaction: the code it held stops being valid (published as revoked) and leaves the row. */
  revoke?: { iss: string; jti: string; expiresAt: string };
}

/** A resident's correction of a returned submission: the old revision is kept in history. */
export interface Resubmission {
  submissionId: number;
  version: number;
  values: Record<string, unknown>;
  computed: Record<string, unknown>;
  outcome: OutcomeResult | null;
  at: string;
  reviewDueAt: string | null;
  resultCode: string | null;
  resultCodeId: string | null;
}

export interface ReviewQueueFilter {
  appId?: number;
  statuses: SubmissionStatus[];
  limit?: number;
}

export interface ReviewStore {
  /** Items of the scope's subtree in the given statuses, oldest first. */
  queue(scope: OrgScope, filter: ReviewQueueFilter): Promise<ReviewItem[]>;
  item(appId: number, id: number): Promise<ReviewItem | undefined>;
  /** Open items whose deadline is at or before `now`, oldest first. */
  overdue(scope: OrgScope, now: string, limit: number): Promise<ReviewItem[]>;
  /** Counts for the officials' home page. */
  summary(
    scope: OrgScope,
    userId: number,
    now: string,
  ): Promise<{ waiting: number; claimedByMe: number; overdue: number }>;
  /** One transaction: the status moves and an event is written, or nothing happens (`false`). */
  transition(t: ReviewTransition): Promise<boolean>;
  /** A returned submission comes back pending with new values; false when it was not `returned`. */
  resubmit(r: Resubmission): Promise<boolean>;
  /** Open items without a deadline (stored before deadlines were kept), to give them one. */
  undated(): Promise<Array<{ id: number; appId: number; version: number; submittedAt: string }>>;
  setDueAt(id: number, dueAt: string): Promise<void>;
  revisions(
    submissionId: number,
  ): Promise<Array<{ revision: number; values: Record<string, unknown>; submittedAt: string }>>;
}

/** Another deployment's keys accepted here (互认). */
export interface TrustedIssuer {
  id: number;
  name: string;
  issuerPrefix: string;
  jwks: Array<Record<string, unknown>>;
  sourceUrl: string | null;
  addedAt: string;
  addedBy: number | null;
}

export interface Revocation {
  iss: string;
  jti: string;
  submissionId: number | null;
  revokedAt: string;
  /** Until when the code could be valid; after that the entry may be dropped from bundles. */
  expiresAt: string | null;
}

export interface TrustStore {
  list(): Promise<TrustedIssuer[]>;
  add(issuer: Omit<TrustedIssuer, 'id'>): Promise<TrustedIssuer>;
  remove(id: number): Promise<TrustedIssuer | undefined>;
  revoke(r: Revocation & { revokedBy: number | null }): Promise<boolean>;
  /** Revocations whose codes may still be live at `now`. */
  revocations(now: string): Promise<Revocation[]>;
  /**
   * Names a verifier shows instead of a host: every app (by slug) that ever published a
   * version issuing result codes, and the org (by division code) that owns it.
   */
  issuingNames(): Promise<IssuingNames>;
}

export interface IssuingNames {
  orgs: Array<{ code: string; name: string }>;
  apps: Array<{ slug: string; title: string }>;
}
