import { OpenAPIHono } from '@hono/zod-openapi';
import type { AuditEntryView, Page } from '@sprout/shared/api';
import type { Context } from 'hono';
import { stream } from 'hono/streaming';
import { z } from 'zod';
import { csvField } from '../export/columns.ts';
import type { AppEnv } from '../http/context.ts';
import { defineRoute } from '../http/define-route.ts';
import { invalid } from '../http/problem.ts';
import type { AuditFilter, OrgScope } from '../storage/types.ts';

const day = /^\d{4}-\d{2}-\d{2}$/;
const instant = z.union([z.string().regex(day), z.iso.datetime()]);

/** The audit page's filters: who, which org's subtree, which action (and its sub-actions), which China days. */
const auditQuery = z.object({
  cursor: z.string().regex(/^\d+$/).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
  userId: z.coerce.number().int().positive().optional(),
  orgId: z.coerce.number().int().positive().optional(),
  action: z
    .string()
    .regex(/^[a-z][a-z.-]{0,60}$/)
    .optional(),
  from: instant.optional(),
  to: instant.optional(),
});

type AuditQuery = z.infer<typeof auditQuery>;

/** A `YYYY-MM-DD` is a China day (`to` includes it); an ISO instant is taken as is. */
const bound = (v: string, plusDays: number) =>
  day.test(v) ? new Date(Date.parse(`${v}T00:00:00+08:00`) + plusDays * 86_400_000).toISOString() : v;

/** The scope to list: the caller's subtree, or an org inside it; an org outside it is a 422 naming `orgId`. */
async function auditScope(c: Context<AppEnv>, q: AuditQuery): Promise<OrgScope> {
  const own = c.get('orgScope')!;
  if (q.orgId === undefined) return own;
  const org = await c.get('deps').storage.orgs.get(q.orgId, own);
  if (!org) throw invalid([{ path: 'orgId', message: c.get('locale') === 'en' ? 'No such org' : '组织不存在' }]);
  return { orgId: org.id };
}

function toAuditFilter(q: AuditQuery): AuditFilter {
  return {
    ...(q.cursor ? { before: Number(q.cursor) } : {}),
    ...(q.userId ? { userId: q.userId } : {}),
    ...(q.action ? { action: q.action } : {}),
    ...(q.from ? { from: bound(q.from, 0) } : {}),
    ...(q.to ? { to: bound(q.to, 1) } : {}),
  };
}

const CSV_HEADERS = ['id', 'at', 'userId', 'orgId', 'action', 'targetType', 'targetId', 'ip', 'detail', 'hash'];

export function auditRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  defineRoute(
    app,
    {
      method: 'get',
      path: '/audit',
      summary: 'The audit log of the caller’s subtree, newest first (keyset-paged; filter by user, org, action, days)',
      tag: 'audit',
      auth: ['admin'],
      query: auditQuery,
      responses: {
        200: { description: 'a page of entries, newest first', answer: 'AuditPage' },
        422: 'a filter is malformed, or orgId is outside the caller’s subtree',
      },
    },
    async (c, { query }) => {
      const limit = query.limit ?? 100;
      const scope = await auditScope(c, query);
      const items = await c.get('deps').storage.audit.list(scope, { ...toAuditFilter(query), limit });
      const last = items[items.length - 1];
      return c.json({
        items,
        nextCursor: items.length === limit && last ? String(last.id) : null,
      } satisfies Page<AuditEntryView>);
    },
  );

  defineRoute(
    app,
    {
      method: 'get',
      path: '/audit/export.csv',
      summary: 'The filtered audit log as CSV (UTF-8 with BOM), newest first',
      tag: 'audit',
      auth: ['admin'],
      query: auditQuery,
      responses: { 200: { description: 'the file', contentType: 'text/csv; charset=utf-8' }, 422: 'bad filter' },
    },
    async (c, { query }) => {
      const scope = await auditScope(c, query);
      const { storage } = c.get('deps');
      c.header('Content-Type', 'text/csv; charset=utf-8');
      c.header('Content-Disposition', 'attachment; filename="audit-log.csv"');
      c.header('Cache-Control', 'private, no-store');
      return stream(c, async (out) => {
        await out.write(`\uFEFF${CSV_HEADERS.join(',')}\r\n`);
        let filter: AuditFilter = { ...toAuditFilter(query), limit: 500 };
        for (;;) {
          const page = await storage.audit.list(scope, filter);
          let chunk = '';
          for (const e of page) {
            const cells = [e.id, e.at, e.userId ?? '', e.orgId ?? '', e.action, e.targetType ?? '', e.targetId ?? ''];
            const rest = [e.ip ?? '', e.detail ? JSON.stringify(e.detail) : '', e.hash ?? ''];
            chunk += `${[...cells, ...rest].map(csvField).join(',')}\r\n`;
          }
          await out.write(chunk);
          if (page.length < 500) return;
          filter = { ...filter, before: page[page.length - 1]!.id };
        }
      });
    },
  );
  return app;
}
