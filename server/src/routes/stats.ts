import { OpenAPIHono } from '@hono/zod-openapi';
import { coreCatalog } from '@sprout/shared/catalog';
import { z } from 'zod';
import type { AppEnv } from '../http/context.ts';
import { defineRoute } from '../http/define-route.ts';
import { notFound } from '../http/problem.ts';
import { appStats } from '../stats/app-stats.ts';
import { scopedApp } from './app-lookup.ts';
import { filterQuery, toFilter } from './submissions.ts';

/** The submissions table's filters, plus outcome, org, the time unit and the org to drill into. */
export const statsQuery = filterQuery.omit({ cursor: true, limit: true, order: true }).extend({
  outcome: z.string().max(40).optional(),
  org: z
    .string()
    .regex(/^\d{1,15}$/)
    .optional(),
  unit: z.enum(['day', 'week']).optional(),
  drill: z
    .string()
    .regex(/^\d{1,15}$/)
    .optional(),
});

export function statsRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  defineRoute(
    app,
    {
      method: 'get',
      path: '/apps/:id/stats',
      summary: 'Statistics of an app’s submissions (same filters as the list), computed in the database',
      tag: 'statistics',
      auth: 'session',
      query: statsQuery,
      responses: { 200: 'AppStatsResponse (shared/src/api/stats.ts)', 404: 'not in the caller’s subtree' },
    },
    async (c, { query }) => {
      const { storage, clock } = c.get('deps');
      const found = await scopedApp(c);
      const scopeOrgId = c.get('orgScope')!.orgId;
      const drillOrgId = query.drill ? Number(query.drill) : scopeOrgId;
      // The drilled org must lie in the caller's subtree, like every id in a URL.
      if (!(await storage.orgs.get(drillOrgId, { orgId: scopeOrgId }))) throw notFound();
      if (query.org && !(await storage.orgs.get(Number(query.org), { orgId: scopeOrgId }))) throw notFound();
      const { before: _b, limit: _l, order: _o, ...filter } = toFilter(query);
      const definition =
        found.publishedVersion === null
          ? found.draft
          : ((await storage.apps.version(found.id, found.publishedVersion))?.definition ?? found.draft);
      const stats = await appStats(storage, {
        appId: found.id,
        title: found.title,
        definition,
        catalog: coreCatalog,
        scopeOrgId,
        filter: {
          ...filter,
          ...(query.outcome ? { outcome: query.outcome } : {}),
          ...(query.org ? { orgId: Number(query.org) } : {}),
        },
        unit: query.unit ?? 'day',
        drillOrgId,
        locale: c.get('locale'),
        now: clock.now(),
      });
      c.header('Cache-Control', 'private, no-store');
      return c.json(stats);
    },
  );
  return app;
}
