import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { stream } from 'hono/streaming';
import { audit } from '../http/audit.ts';
import type { AppEnv } from '../http/context.ts';
import { defineRoute } from '../http/define-route.ts';
import type { Catalog } from '@sprout/shared/catalog';
import { csvField, exportLayout } from '../export/columns.ts';
import { catalogForVersion } from '../packs/pack-catalog.ts';
import { writeXlsx } from '../export/xlsx.ts';
import { submissionView } from '../http/views.ts';
import type { AppRecord, SubmissionFilter } from '../storage/types.ts';
import { scopedApp } from './app-lookup.ts';
import { filterQuery, toFilter } from './submissions.ts';

type Format = 'csv' | 'xlsx' | 'json';

const CONTENT_TYPES: Record<Format, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json; charset=utf-8',
};

async function definitionFor(c: Context<AppEnv>, app: AppRecord) {
  if (app.publishedVersion === null) return app.draft;
  return (await c.get('deps').storage.apps.version(app.id, app.publishedVersion))?.definition ?? app.draft;
}

/** Streams rows page by page: memory stays flat however many submissions there are. */
function exportStream(
  c: Context<AppEnv>,
  app: AppRecord,
  format: Format,
  filter: SubmissionFilter,
  def: Awaited<ReturnType<typeof definitionFor>>,
  catalog: Catalog,
) {
  const locale = c.get('locale');
  const { storage } = c.get('deps');
  const layout = exportLayout(def, locale, catalog);
  c.header('Content-Type', CONTENT_TYPES[format]);
  c.header('Content-Disposition', `attachment; filename="app-${app.id}-submissions.${format}"`);
  c.header('Cache-Control', 'private, no-store');
  const rows = () => storage.exports.rows(app.id, { ...filter, limit: undefined }, layout.pick);
  if (format === 'xlsx') return stream(c, (out) => writeXlsx(out, layout, rows()));
  return stream(c, async (out) => {
    if (format === 'csv') {
      // The BOM makes Excel read UTF-8, so Chinese headers and values are not garbled.
      await out.write(`\uFEFF${layout.headers.map(csvField).join(',')}\r\n`);
      for await (const page of rows()) {
        let chunk = '';
        for (const row of page) chunk += `${layout.cells(row).map(csvField).join(',')}\r\n`;
        await out.write(chunk);
      }
      return;
    }
    const pages = storage.submissions.stream(app.id, { ...filter, limit: undefined });
    await out.write('[');
    let first = true;
    for await (const page of pages) {
      const chunk = page.map((s) => JSON.stringify(submissionView(s, locale))).join(',');
      await out.write(first ? chunk : `,${chunk}`);
      first = false;
    }
    await out.write(']');
  });
}

export function exportRoutes(app: OpenAPIHono<AppEnv>): void {
  for (const format of ['csv', 'xlsx', 'json'] as const) {
    defineRoute(
      app,
      {
        method: 'get',
        path: `/apps/:id/export.${format}`,
        summary: `Export submissions as ${format.toUpperCase()} (streamed; same filters as the list)`,
        tag: 'submissions',
        auth: 'session',
        query: filterQuery,
        responses: {
          200: { description: 'the file', contentType: CONTENT_TYPES[format] },
          404: 'not in the caller’s subtree',
        },
      },
      async (c, { query }) => {
        const found = await scopedApp(c);
        const filter = toFilter({ ...query, cursor: undefined });
        await audit(c, 'submissions.export', { type: 'app', id: found.id, orgId: found.orgId }, { format, filter });
        const catalog = await catalogForVersion(c.get('deps').storage.packs, found.id, found.publishedVersion);
        return exportStream(c, found, format, filter, await definitionFor(c, found), catalog);
      },
    );
  }
}
