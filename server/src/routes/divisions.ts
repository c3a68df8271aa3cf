import { OpenAPIHono } from '@hono/zod-openapi';
import type { DivisionList } from '@sprout/shared/api';
import { z } from 'zod';
import type { AppEnv } from '../http/context.ts';
import { defineRoute } from '../http/define-route.ts';
import { notFound } from '../http/problem.ts';

export function divisionRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  defineRoute(
    app,
    {
      method: 'get',
      path: '/divisions',
      summary: 'Children of a division code (provinces without `parent`); cached for a day',
      tag: 'divisions',
      auth: 'public',
      query: z.object({
        parent: z
          .string()
          .regex(/^\d{2,12}$/)
          .optional(),
      }),
      responses: {
        200: { description: 'the children of `parent`', answer: 'DivisionList' },
        404: 'unknown parent code',
      },
    },
    async (c, { query }) => {
      const { storage } = c.get('deps');
      const parent = query.parent ?? null;
      if (parent && !(await storage.divisions.get(parent))) throw notFound();
      const items = (await storage.divisions.children(parent)).map(({ code, name, level }) => ({ code, name, level }));
      // The dataset changes once a year at most; a day in caches spares cheap phones the round trips.
      c.header('Cache-Control', 'public, max-age=86400, stale-while-revalidate=604800');
      return c.json({ parent, items } satisfies DivisionList);
    },
  );
  return app;
}
