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
  values: Record<string, unknown>;
  computed: Record<string, unknown>;
  outcome: OutcomeView | null;
  submittedAt: string;
  orgId: number;
  reviewComment: string | null;
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
