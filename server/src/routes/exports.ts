import type { OpenAPIHono } from '@hono/zod-openapi';
import { PassThrough, type Writable } from 'node:stream';
import { localize } from '@sprout/shared/i18n';
import type { Context } from 'hono';
import { stream } from 'hono/streaming';
import type { StreamingApi } from 'hono/utils/stream';
import { writeAttachmentsZip } from '../export/attachments-zip.ts';
import { csvField, type ExportLayout, exportLayout } from '../export/columns.ts';
import { regionNames } from '../export/region-names.ts';
import { writeXlsx } from '../export/xlsx.ts';
import { audit } from '../http/audit.ts';
import type { AppEnv } from '../http/context.ts';
import { defineRoute } from '../http/define-route.ts';
import { submissionView } from '../http/views.ts';
import type { AppRecord, ExportRow, SubmissionFilter } from '../storage/types.ts';
import { scopedApp } from './app-lookup.ts';
import { filterQuery, toFilter } from './submissions.ts';

type Format = 'csv' | 'xlsx' | 'json' | 'zip';

const CONTENT_TYPES: Record<Format, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json; charset=utf-8',
  zip: 'application/zip',
};

const SUMMARIES: Record<Format, string> = {
  csv: 'Export submissions as CSV for machines (UTF-8 with BOM, formulas defused; streamed; same filters as the list)',
  xlsx: 'Export submissions as XLSX for people: text IDs, local times, labels (streamed; same filters as the list)',
  json: 'Export submissions as JSON (streamed; same filters as the list)',
  zip: 'Export the XLSX plus every attached file and signature image, named by receipt code and field (导出含附件)',
};

async function definitionFor(c: Context<AppEnv>, app: AppRecord) {
  if (app.publishedVersion === null) return app.draft;
  return (await c.get('deps').storage.apps.version(app.id, app.publishedVersion))?.definition ?? app.draft;
}

/** Hands a Node stream's bytes to hono's response stream as they are produced. */
async function forward(out: StreamingApi, write: (target: Writable) => Promise<void>) {
  const pipe = new PassThrough();
  const copying = (async () => {
    for await (const chunk of pipe) await out.write(chunk as Uint8Array);
  })();
  await write(pipe);
  if (!pipe.writableEnded) pipe.end();
  await copying;
}

async function writeCsv(
  out: StreamingApi,
  layout: ExportLayout,
  pages: AsyncIterable<ExportRow[]>,
  c: Context<AppEnv>,
) {
  const regions = regionNames(c.get('deps').storage.divisions);
  // The BOM makes Excel read UTF-8, so Chinese headers and values are not garbled.
  await out.write(`\uFEFF${layout.headers.map(csvField).join(',')}\r\n`);
  for await (const page of pages) {
    await regions.prime(layout.regionCodes(page));
    let chunk = '';
    for (const row of page) chunk += `${layout.cells(row, regions).map(csvField).join(',')}\r\n`;
    await out.write(chunk);
  }
}

async function writeJson(out: StreamingApi, c: Context<AppEnv>, app: AppRecord, filter: SubmissionFilter) {
  const pages = c.get('deps').storage.submissions.stream(app.id, { ...filter, limit: undefined });
  await out.write('[');
  let first = true;
  for await (const page of pages) {
    const chunk = page.map((s) => JSON.stringify(submissionView(s, c.get('locale')))).join(',');
    await out.write(first ? chunk : `,${chunk}`);
    first = false;
  }
  await out.write(']');
}

/** Streams rows page by page: memory stays flat however many submissions there are. */
async function exportStream(c: Context<AppEnv>, app: AppRecord, format: Format, filter: SubmissionFilter) {
  const { storage, timeZone } = c.get('deps');
  const locale = c.get('locale');
  const definition = await definitionFor(c, app);
  const layout = exportLayout(definition, { locale, timeZone });
  const name = `app-${app.id}-submissions`;
  c.header('Content-Type', CONTENT_TYPES[format]);
  c.header('Content-Disposition', `attachment; filename="${name}.${format}"`);
  c.header('Cache-Control', 'private, no-store');
  const rows = () => storage.exports.rows(app.id, { ...filter, limit: undefined }, layout.pick);
  const xlsx = () => ({ layout, pages: rows(), regions: regionNames(storage.divisions) });
  return stream(c, async (out) => {
    if (format === 'csv') return writeCsv(out, layout, rows(), c);
    if (format === 'json') return writeJson(out, c, app, filter);
    if (format === 'xlsx') return forward(out, (target) => writeXlsx(target, xlsx()));
    const folder = locale === 'en' ? 'attachments' : '附件';
    const workbookName = `${localize(definition.meta.title, locale) || name}.xlsx`;
    return forward(out, (target) =>
      writeAttachmentsZip(target, { ...xlsx(), storage, appId: app.id, definition, filter, workbookName, folder }),
    );
  });
}

export function exportRoutes(app: OpenAPIHono<AppEnv>): void {
  for (const format of ['csv', 'xlsx', 'json', 'zip'] as const) {
    defineRoute(
      app,
      {
        method: 'get',
        path: `/apps/:id/export.${format}`,
        summary: SUMMARIES[format],
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
        return exportStream(c, found, format, filter);
      },
    );
  }
}
