import type { AppDefinition } from '@sprout/shared/definition';
import type { AppStatus, AppSummary, AppVersion, PublishedApp } from '../types.ts';

/** An apps row with its org's name and its submission counts, as the app list reads it on every engine. */
export interface AppSummaryRow {
  id: number;
  org_id: number;
  org_name: string;
  slug: string;
  title: string;
  status: AppStatus;
  published_version: number | null;
  submission_count: number;
  today_count: number;
  updated_at: string;
  revision: number;
}

export const toSummary = (r: AppSummaryRow): AppSummary => ({
  id: r.id,
  orgId: r.org_id,
  orgName: r.org_name,
  slug: r.slug,
  title: r.title,
  status: r.status,
  publishedVersion: r.published_version,
  submissionCount: r.submission_count,
  todayCount: r.today_count,
  updatedAt: r.updated_at,
});

/** An app_versions row with the publisher's name; engines that store JSON as text parse `definition` first. */
export interface VersionRow {
  app_id: number;
  version: number;
  definition: AppDefinition;
  published_at: string;
  published_by: number | null;
  published_by_name: string | null;
}

export const toVersion = (r: VersionRow): AppVersion => ({
  appId: r.app_id,
  version: r.version,
  definition: r.definition,
  publishedAt: r.published_at,
  publishedBy: r.published_by === null ? null : { id: r.published_by, displayName: r.published_by_name ?? '' },
});

/** The apps row residents reach by slug, `version` being its published version. */
export interface PublishedRow {
  id: number;
  org_id: number;
  slug: string;
  title: string;
  status: AppStatus;
  version: number | null;
}

export const toPublished = (r: PublishedRow & { version: number }, definition: AppDefinition): PublishedApp => ({
  appId: r.id,
  orgId: r.org_id,
  slug: r.slug,
  title: r.title,
  status: r.status,
  version: r.version,
  definition,
});

/** The title column of a saved draft: its zh-CN title, else its first. */
export const titleOf = (draft: AppDefinition): string =>
  typeof draft.meta.title === 'string'
    ? draft.meta.title
    : (draft.meta.title['zh-CN'] ?? Object.values(draft.meta.title)[0] ?? '');
