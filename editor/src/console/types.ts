import type { OutcomeColor } from '@sprout/shared/definition';

/** Shapes of docs/api.md that only the console reads. */
export interface Org {
  id: number;
  parentId: number | null;
  name: string;
  code: string;
  level: string;
}

export interface Division {
  code: string;
  name: string;
  level: string;
}

export interface ConsoleUser {
  id: number;
  username: string;
  displayName: string;
  roles: string[];
  disabled: boolean;
  org: { id: number; name: string; code: string; level: string };
}

export interface Submission {
  id: number;
  receiptCode: string;
  version: number;
  status: string;
  values: Record<string, unknown>;
  computed: Record<string, unknown>;
  outcome: { code: string; label: string; color: OutcomeColor | null } | null;
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

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export const ROLES = ['admin', 'builder', 'reviewer', 'viewer', 'vendor'] as const;
export const STATUSES = ['received', 'pending', 'claimed', 'approved', 'rejected', 'returned'] as const;
