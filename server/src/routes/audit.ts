import { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { AppEnv } from '../http/context.ts';
import { defineRoute } from '../http/define-route.ts';

export function auditRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  defineRoute(
    app,
    {
      method: 'get',
      path: '/audit',
      summary: 'The audit log of the caller’s subtree, newest first (keyset-paged)',
      tag: 'audit',
      auth: ['admin'],
      query: z.object({
        cursor: z.string().regex(/^\d+$/).optional(),
        limit: z.coerce.number().int().min(1).max(500).optional(),
      }),
      responses: {
        200: '{ items: [{ id, at, userId, orgId, action, targetType, targetId, ip, detail }], nextCursor }',
      },
    },
    async (c, { query }) => {
      const limit = query.limit ?? 100;
      const items = await c.get('deps').storage.audit.list(c.get('orgScope')!, {
        ...(query.cursor ? { before: Number(query.cursor) } : {}),
        limit,
      });
      const last = items[items.length - 1];
      return c.json({ items, nextCursor: items.length === limit && last ? String(last.id) : null });
    },
  );
  return app;
}
