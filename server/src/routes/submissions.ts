import { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { Context } from 'hono';
import { audit } from '../http/audit.ts';
import type { AppEnv } from '../http/context.ts';
import { defineRoute, idParam } from '../http/define-route.ts';
import { filterInstant } from '../http/filter-dates.ts';
import { invalid, notFound } from '../http/problem.ts';
import { submissionView } from '../http/views.ts';
import type { SubmissionFilter } from '../storage/types.ts';
import { scopedApp } from './app-lookup.ts';
import { servedType } from '../uploads/detect-type.ts';
import { exportRoutes } from './exports.ts';
import { appMaskPlan } from '../privacy/app-mask-plan.ts';
import { auditSensitiveRead } from '../privacy/read-audit.ts';
import { unmaskRoutes } from './unmask.ts';
import { deleteSubmissionRoutes } from './delete-submission.ts';
import { guardSensitiveSearch, requireSensitiveRead } from '../privacy/sensitive-read.ts';

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
    Object.entries(parsed).every(([k, v]) => /^[A-Za-z_][\w]*$/.test(k) && typeof v === 'string');
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

export function submissionRoutes() {
  const app = new OpenAPIHono<AppEnv>();

  defineRoute(
    app,
    {
      method: 'get',
      path: '/apps/:id/submissions',
      summary: 'Submissions newest first, filtered, keyset-paged',
      tag: 'submissions',
      auth: 'session',
      query: filterQuery,
      responses: { 200: '{ items: Submission[], nextCursor }', 404: 'not in the caller’s subtree' },
    },
    async (c, { query }) => {
      const found = await scopedApp(c);
      const filter = await scopedFilter(c, query);
      guardSensitiveSearch(c, filter);
      const limit = filter.limit ?? 50;
      const { storage } = c.get('deps');
      const items = await storage.submissions.list(found.id, { ...filter, limit });
      const plan = await appMaskPlan(storage.apps, found.id, found.draft);
      await auditSensitiveRead(c, 'submissions.list', { app: found, plan, filter, rows: items.length, masked: true });
      const last = items[items.length - 1];
      return c.json({
        items: items.map((s) => submissionView(s, c.get('locale'), plan)),
        nextCursor: items.length === limit && last ? String(last.id) : null,
      });
    },
  );

  defineRoute(
    app,
    {
      method: 'get',
      path: '/apps/:id/submissions/:sid',
      summary: 'One submission with its history',
      tag: 'submissions',
      auth: 'session',
      responses: { 200: 'Submission & { history }', 404: 'not found or not in the caller’s subtree' },
    },
    async (c) => {
      const { storage } = c.get('deps');
      const found = await scopedApp(c);
      const s = await storage.submissions.get(found.id, idParam(c, 'sid'));
      if (!s) throw notFound();
      const events = await storage.submissions.history(s.id);
      // The arrival is not an event row: it is the status before the first event, or the current one.
      const arrived = events[0]?.fromStatus ?? s.status;
      const history = [
        { at: s.submittedAt, actor: null, fromStatus: null, toStatus: arrived, comment: null },
        ...events,
      ];
      const plan = await appMaskPlan(storage.apps, found.id, found.draft);
      await audit(c, 'submission.view', { type: 'submission', id: s.id, orgId: s.orgId }, { app: found.slug });
      return c.json({ ...submissionView(s, c.get('locale'), plan), history });
    },
  );

  defineRoute(
    app,
    {
      method: 'get',
      path: '/apps/:id/files/:fileId',
      summary: 'A file uploaded with a submission',
      tag: 'submissions',
      auth: 'session',
      responses: {
        200: { description: 'the file', contentType: 'application/octet-stream' },
        404: 'not found or not in the caller’s subtree',
      },
    },
    async (c) => {
      const { storage } = c.get('deps');
      const found = await scopedApp(c);
      const fileId = c.req.param('fileId') ?? '';
      const meta = await storage.uploads.get(found.id, fileId);
      const bytes = meta ? await storage.uploads.read(found.id, fileId) : undefined;
      if (!meta || !bytes) throw notFound();
      // Files are withheld from masked answers, so their bytes need the grant too.
      requireSensitiveRead(c);
      await audit(c, 'file.download', { type: 'upload', id: meta.id, orgId: found.orgId });
      // Only a type found from the file's first bytes, never HTML or script; always a download.
      c.header('Content-Type', servedType(meta.type));
      c.header('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(meta.name)}`);
      c.header('X-Content-Type-Options', 'nosniff');
      c.header('Cache-Control', 'private, no-store');
      return c.body(bytes as Uint8Array<ArrayBuffer>);
    },
  );

  exportRoutes(app);
  unmaskRoutes(app);
  deleteSubmissionRoutes(app);
  return app;
}
