import type { AppDefinition } from '../definition/types.ts';
import type { OutcomeView } from './residents.ts';

/** What the officials' console reads under `/api/v1/…` (session cookie, CSRF header on writes). */

export interface OrgView {
  id: number;
  parentId: number | null;
  name: string;
  code: string;
  level: string;
  /** A disabled org keeps its data; its users cannot sign in. */
  disabled?: boolean;
}

export interface UserView {
  id: number;
  username: string;
  displayName: string;
  roles: string[];
  /** Grants beyond roles, e.g. `sensitive:read` (whole L3/L4 values; admins hold it anyway). */
  capabilities: string[];
  disabled: boolean;
  org: { id: number; name: string; code: string; level: string };
  /** Someone else chose the password: it must be replaced before anything else. */
  mustChangePassword?: boolean;
  /** May add top-level orgs to the deployment. */
  systemAdmin?: boolean;
}

/** `archived`: put away with its submissions kept; residents see it like a closed app. */
export type AppStatus = 'draft' | 'published' | 'closed' | 'archived';

export interface AppSummary {
  id: number;
  orgId: number;
  orgName: string;
  slug: string;
  title: string;
  status: AppStatus;
  publishedVersion: number | null;
  submissionCount: number;
  todayCount: number;
  updatedAt: string;
}

export interface AppDetail extends AppSummary {
  draft: AppDefinition;
  revision: number;
}

export interface PublishResult {
  version: number;
  slug: string;
  url: string;
}

export interface SubmissionView {
  id: number;
  receiptCode: string;
  version: number;
  status: string;
  /** L3/L4 answers masked (脱敏) unless this is an unmask answer. */
  values: Record<string, unknown>;
  /** Top-level fields whose answers were masked or withheld. */
  masked: string[];
  computed: Record<string, unknown>;
  outcome: OutcomeView | null;
  submittedAt: string;
  orgId: number;
  reviewComment: string | null;
}

/** `POST /apps/:id/submissions/:sid/unmask`: one submission whole, for a stated reason (audited). */
export interface UnmaskRequest {
  reason: string;
}

export interface UnmaskedSubmission extends SubmissionView {
  unmasked: true;
}

/** `DELETE /apps/:id/submissions/:sid`: for good, with a reason the audit keeps beside the receipt code. */
export interface DeleteSubmissionRequest {
  reason: string;
}

export interface DeletedSubmission {
  receiptCode: string;
  files: number;
}

/** One entry of `/audit`: who did what to which resource; `hash` seals it into the chain. */
export interface AuditEntryView {
  id: number;
  at: string;
  userId: number | null;
  orgId: number | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  ip: string | null;
  detail?: Record<string, unknown>;
  hash: string | null;
}

export interface SubmissionEvent {
  at: string;
  actor: string | null;
  fromStatus: string | null;
  toStatus: string;
  comment: string | null;
}

/** A page of a list: follow `nextCursor` (null on the last page). */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** One review queue item as `/review/queue` and `/review/overdue` answer it. */
export interface ReviewItemView {
  id: number;
  appId: number;
  appTitle: string;
  orgName: string;
  receiptCode: string;
  status: string;
  revision: number;
  values: Record<string, unknown>;
  masked: string[];
  /** The item's version's top-level questions by label, in the form's order. */
  questions: Array<{ name: string; label: string }>;
  /** The answers the app's builder chose to show at a glance (settings.review.displayFields). */
  displayFields: string[];
  outcome: OutcomeView | null;
  submittedAt: string;
  reviewDueAt: string | null;
  overdue: boolean;
  claimedBy: { id: number; displayName: string } | null;
  reviewComment: string | null;
}

export interface ReviewSummary {
  waiting: number;
  claimedByMe: number;
  overdue: number;
}

export interface TrustedIssuerView {
  id: number;
  name: string;
  issuerPrefix: string;
  keys: Array<{ kid?: string }>;
  sourceUrl: string | null;
  addedAt: string;
}

/** `GET /exports/:progressId`: how far the caller's export has come (the id is chosen by the console). */
export interface ExportProgressView {
  total: number;
  done: number;
  /** Rows written of the total, 0–100; 100 only once the file is complete. */
  percent: number;
  state: 'running' | 'done' | 'cancelled' | 'failed';
}
