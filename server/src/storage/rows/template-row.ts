import type { AppDefinition } from '@sprout/shared/definition';
import type { Template, TemplateSummary } from '../types.ts';

/** A templates row with its org's name, on every engine (SQLite's definition text parsed by `sqlite/stored-row.ts`). */
export interface TemplateRow {
  id: number;
  org_id: number;
  org_name: string;
  source_app_id: number | null;
  title: string;
  description: string;
  definition: AppDefinition;
  published_at: string;
  use_count: number;
}

/** The summary needs no definition, so a list need not read or parse it. */
export const toTemplateSummary = (r: Omit<TemplateRow, 'definition' | 'source_app_id'>): TemplateSummary => ({
  id: r.id,
  orgId: r.org_id,
  orgName: r.org_name,
  title: r.title,
  description: r.description,
  publishedAt: r.published_at,
  useCount: r.use_count,
});

export const toTemplate = (r: TemplateRow): Template => ({
  ...toTemplateSummary(r),
  sourceAppId: r.source_app_id,
  definition: r.definition,
});
