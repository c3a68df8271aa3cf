import type { AppDefinition } from '@sprout/shared';

/** Shapes of docs/api.md, as the officials' app reads them. */
export interface User {
  id: string;
  username: string;
  displayName: string;
  roles: string[];
  org: { id: string; name: string; code: string; level: string };
  /** Someone else chose the password: it must be replaced before anything else. */
  mustChangePassword?: boolean;
  /** May add top-level orgs to the deployment. */
  systemAdmin?: boolean;
}

export interface AppSummary {
  id: string;
  orgId: string;
  orgName: string;
  slug: string;
  title: string;
  status: 'draft' | 'published' | 'closed';
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

export interface Problem {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  errors?: Array<{ path: string; message: string }>;
}
