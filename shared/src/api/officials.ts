import type { AppDefinition } from '../definition/types.ts';
import type { TrustedKey } from '../result-code/types.ts';
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

/** `POST /auth/login` and `GET /auth/me`: who is signed in, and the token every write repeats in `X-CSRF-Token`. */
export interface SignedIn {
  user: UserView;
  csrfToken: string;
}

/** `POST /users`: the new official and the one-time password someone must hand over. */
export interface UserCreated {
  user: UserView;
  password: string;
}

/** `POST /orgs/top-level`: the new org, its first administrator and their one-time password. */
export interface TopLevelOrgCreated extends UserCreated {
  org: OrgView;
}

/** `POST /users/:id/reset-password`: shown once, never stored in clear. */
export interface PasswordReset {
  password: string;
}

/** One sign-in lock an administrator may see and lift (`GET /login-locks`). */
export interface LoginLockView {
  /** null: the address's own limit across usernames. */
  username: string | null;
  address: string;
  failures: number;
  lockedUntil: string;
  /** The official the username names, when it names one. */
  user: { id: number; displayName: string; orgId: number } | null;
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

/** `PUT /apps/:id/draft`: the revision the next save must name. */
export interface DraftSaved {
  revision: number;
}

export interface PublishResult {
  version: number;
  slug: string;
  url: string;
  /** The pack versions this version pins. */
  packs: Array<{ name: string; version: string; sha256: string }>;
}

/** `GET /apps/:id/versions` items. */
export interface AppVersionSummary {
  version: number;
  publishedAt: string;
  publishedBy: { id: number; displayName: string } | null;
}

/** `GET /apps/:id/versions/:version`. */
export interface AppVersionView extends AppVersionSummary {
  definition: AppDefinition;
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

/** `GET /apps/:id/submissions/:sid`: the submission and how it got where it is. */
export interface SubmissionDetail extends SubmissionView {
  history: SubmissionEvent[];
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
  orgId: number;
  orgName: string;
  receiptCode: string;
  status: string;
  revision: number;
  /** The app version it was sent on. */
  version: number;
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
  /** Its public keys (JWK). */
  keys: Array<TrustedKey['jwk']>;
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
