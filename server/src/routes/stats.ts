import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { statsTables } from '@sprout/shared/stats';
import { chinaTimeLabel } from '@sprout/shared/tasks';
import { z } from 'zod';
import type { AppEnv } from '../http/context.ts';
import { defineRoute } from '../http/define-route.ts';
import { audit } from '../http/audit.ts';
import { catalogForVersion, catalogOf, packsForApp } from '../packs/pack-catalog.ts';
import { invalid, notFound } from '../http/problem.ts';
import { appStats } from '../stats/app-stats.ts';
import { scopedApp } from '../http/app-lookup.ts';
import { filterQuery, scopedFilter } from '../http/submission-filter.ts';

/** The submissions table's filters (outcome and org included), plus the time unit and the org to drill into. */
const statsQuery = filterQuery.omit({ cursor: true, limit: true, order: true }).extend({
  unit: z.enum(['day', 'week']).optional(),
  drill: z
    .string()
    .regex(/^\d{1,15}$/)
    .optional(),
});

/** The statistics the query asks for, in the caller's subtree. */
async function statsFor(c: Context<AppEnv>, query: z.infer<typeof statsQuery>) {
  const { storage, clock } = c.get('deps');
  const found = await scopedApp(c);
  const scopeOrgId = c.get('orgScope')!.orgId;
  // By org, the chart starts at the org filtered on (the caller's own without one) unless drilled.
  const drillOrgId = Number(query.drill ?? query.org ?? scopeOrgId);
  // The drilled org must lie in the caller's subtree, like every id in a URL.
  if (!(await storage.orgs.get(drillOrgId, { orgId: scopeOrgId }))) throw notFound();
  const { before: _b, limit: _l, order: _o, ...filter } = await scopedFilter(c, query);
  const version =
    found.publishedVersion === null ? undefined : await storage.apps.version(found.id, found.publishedVersion);
  // Pack fields count as their manifests say: the packs the version pins, or the draft's.
  const catalog = version
    ? await catalogForVersion(storage.packs, found.id, version.version)
    : catalogOf(await packsForApp(storage.packs, found));
  return appStats(storage, {
    appId: found.id,
    title: found.title,
    definition: version?.definition ?? found.draft,
    catalog,
    scopeOrgId,
    filter,
    unit: query.unit ?? 'day',
    drillOrgId,
    locale: c.get('locale'),
    now: clock.now(),
  });
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function statsRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  defineRoute(
    app,
    {
      method: 'get',
      path: '/apps/:id/stats.xlsx',
      summary: 'One chart of the statistics (or all, one sheet each) as XLSX, same filters; `chart` names it',
      tag: 'statistics',
      auth: 'session',
      query: statsQuery.extend({ chart: z.string().max(120).optional() }),
      responses: { 200: { description: 'the file', contentType: XLSX }, 404: 'not in the caller’s subtree' },
    },
    async (c, { query }) => {
      const stats = await statsFor(c, query);
      const tables = statsTables(stats, c.get('locale')).filter((t) => !query.chart || t.id === query.chart);
      if (tables.length === 0) throw invalid([{ path: 'chart', message: '没有这个图表' }]);
      const when = `数据提取时间：${chinaTimeLabel(stats.extractedAt)}`;
      // Loaded when first asked for: exceljs is large (see routes/exports.ts).
      const { reportXlsx } = await import('../tasks/report-xlsx.ts');
      const bytes = await reportXlsx(
        tables.map((t) => ({
          title: `${stats.title} · ${t.title}`,
          lines: [when],
          header: t.header,
          rows: t.rows.map((cells) => ({ kind: 'org' as const, cells })),
        })),
      );
      await audit(c, 'stats.export', { type: 'app', id: stats.appId }, { chart: query.chart ?? 'all' });
      c.header('Content-Type', XLSX);
      c.header('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(`${stats.title}-统计.xlsx`)}`);
      c.header('Cache-Control', 'private, no-store');
      return c.body(bytes as Uint8Array<ArrayBuffer>);
    },
  );
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
      const stats = await statsFor(c, query);
      c.header('Cache-Control', 'private, no-store');
      return c.json(stats);
    },
  );
  return app;
}
