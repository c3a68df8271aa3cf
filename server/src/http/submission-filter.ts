import type { Context } from 'hono';
import { STATS_FIELD_KEY } from '@sprout/shared/stats';
import { z } from 'zod';
import type { SubmissionFilter } from '../storage/types.ts';
import { filterInstant } from './filter-dates.ts';
import type { AppEnv } from './context.ts';
import { invalid, notFound } from './problem.ts';

const STATUSES = ['received', 'pending', 'claimed', 'approved', 'rejected', 'returned'] as const;

/** The filters every list and export takes; dates are `YYYY-MM-DD` (China days) or ISO instants. */
export const filterQuery = z.object({
  status: z.enum(STATUSES).optional(),
  from: z.string().max(40).optional(),
  to: z.string().max(40).optional(),
  q: z.string().max(100).optional(),
  cursor: z.string().regex(/^\d+$/).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
  /** JSON object of exact answers per top-level field, e.g. `{"contact":"yes"}`. */
  fields: z.string().max(2000).optional(),
  order: z.enum(['asc', 'desc']).optional(),
  /** Outcome code, e.g. `green`. */
  outcome: z.string().max(40).optional(),
  /** Only submissions of this org and the orgs below it (it must lie in the caller's subtree). */
  org: z
    .string()
    .regex(/^\d{1,15}$/)
    .optional(),
});

/** Reads the `fields` filter; anything but an object of strings is a 422 naming `fields`. */
function fieldFilters(raw: string | undefined): Record<string, string> | undefined {
  if (!raw) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = null;
  }
  const ok =
    parsed !== null &&
    typeof parsed === 'object' &&
    !Array.isArray(parsed) &&
    Object.entries(parsed).every(([k, v]) => STATS_FIELD_KEY.test(k) && typeof v === 'string');
  if (!ok) throw invalid([{ path: 'fields', message: '筛选字段格式不正确 (fields must be a JSON object of strings)' }]);
  const entries = Object.entries(parsed as Record<string, string>);
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/** A `from` / `to` bound as an instant; an impossible date is a 422 naming the parameter. */
function bound(raw: string, path: 'from' | 'to'): string {
  // `to` as a day includes that whole day.
  const r = filterInstant(raw, path, path === 'to' ? 1 : 0);
  if (!r.ok) throw invalid([r.issue]);
  return r.value;
}

export function toFilter(q: z.infer<typeof filterQuery>): SubmissionFilter {
  return {
    ...(q.status ? { status: q.status } : {}),
    ...(q.from ? { from: bound(q.from, 'from') } : {}),
    ...(q.to ? { to: bound(q.to, 'to') } : {}),
    ...(q.q ? { q: q.q } : {}),
    ...(q.cursor ? { before: Number(q.cursor) } : {}),
    ...(q.limit ? { limit: q.limit } : {}),
    ...(q.fields ? { fields: fieldFilters(q.fields) } : {}),
    ...(q.order ? { order: q.order } : {}),
    ...(q.outcome ? { outcome: q.outcome } : {}),
    ...(q.org ? { orgId: Number(q.org) } : {}),
  };
}

/** `toFilter`, with the org filter checked against the caller's subtree like every id in a URL (404). */
export async function scopedFilter(c: Context<AppEnv>, q: z.infer<typeof filterQuery>): Promise<SubmissionFilter> {
  const filter = toFilter(q);
  if (filter.orgId !== undefined && !(await c.get('deps').storage.orgs.get(filter.orgId, c.get('orgScope')!))) {
    throw notFound();
  }
  return filter;
}
