import { OpenAPIHono } from '@hono/zod-openapi';
import { PassThrough, type Writable } from 'node:stream';
import { localize } from '@sprout/shared/i18n';
import type { Context } from 'hono';
import { stream } from 'hono/streaming';
import type { StreamingApi } from 'hono/utils/stream';
import type { ExportProgressView } from '@sprout/shared/api';
import { z } from 'zod';
import { safeFileName } from '../export/cell-format.ts';
import { ExportCancelled, type ExportTracker, trackExport } from '../export/export-progress.ts';
import { type ExportLayout, exportLayout, unknownColumns } from '../export/columns.ts';
import { csvHeaderLine, csvLines } from '../export/csv-text.ts';
import { regionNames } from '../export/region-names.ts';
import type { AppEnv } from '../http/context.ts';
import { defineRoute, sessionOf } from '../http/define-route.ts';
import { invalid, notFound } from '../http/problem.ts';
import { submissionView } from '../http/views.ts';
import type { AppRecord, ExportRow, ExportRowsOptions, SubmissionFilter } from '../storage/types.ts';
import { toUtf8Bytes } from '../storage/utf8-bytes.ts';
import { type MaskPlan, maskAnswer } from '@sprout/shared/masking';
import { appMaskPlan } from '../privacy/app-mask-plan.ts';
import { auditRead } from '../privacy/read-audit.ts';
import { canReadSensitive, guardSensitiveSearch, requireSensitiveRead } from '../privacy/sensitive-read.ts';
import { scopedApp } from '../http/app-lookup.ts';
import { filterQuery, scopedFilter } from '../http/submission-filter.ts';
import { catalogForVersion } from '../packs/pack-catalog.ts';

type Format = 'csv' | 'xlsx' | 'json' | 'zip';

const CONTENT_TYPES: Record<Format, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json; charset=utf-8',
  zip: 'application/zip',
};

const SUMMARIES: Record<Format, string> = {
  csv: 'Export submissions as CSV for machines: ISO times and status codes, UTF-8 with BOM, formulas defused (streamed; same filters as the list)',
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

/**
 * CSV from rows whose texts are UTF-8 bytes (`Utf8Bytes`) to the socket as bytes: the lines
 * are built from the bytes SQLite stored and written as they are, never decoded to UTF-16
 * and encoded back (~1 µs of a row's ~6).
 */
async function writeCsv(
  out: StreamingApi,
  layout: ExportLayout,
  pages: AsyncIterable<ExportRow[]>,
  c: Context<AppEnv>,
  tracker: ExportTracker,
) {
  const regions = regionNames(c.get('deps').storage.divisions);
  const bytes = { utf8Bytes: true };
  const line = layout.csvLines(bytes);
  let text = toUtf8Bytes(csvHeaderLine(layout));
  let written = 0;
  for await (const page of pages) {
    await regions.prime(layout.regionCodes(page, bytes));
    text += csvLines(line, page, regions);
    written += page.length;
    // Pages are ~30 KB of CSV: one write (a stream chunk, a socket write) per ~64 KB.
    if (text.length >= CSV_CHUNK) {
      await out.write(Buffer.from(text, 'latin1'));
      text = '';
    }
    await tracker.onRows(written);
  }
  await out.write(Buffer.from(text, 'latin1'));
}

/** Bytes of CSV gathered before a write. */
const CSV_CHUNK = 64 * 1024;

async function writeJson(
  out: StreamingApi,
  c: Context<AppEnv>,
  app: AppRecord,
  filter: SubmissionFilter,
  plan: MaskPlan | null,
) {
  const pages = c.get('deps').storage.submissions.stream(app.id, { ...filter, limit: undefined });
  await out.write('[');
  let first = true;
  for await (const page of pages) {
    const chunk = page.map((s) => JSON.stringify(submissionView(s, c.get('locale'), plan))).join(',');
    await out.write(first ? chunk : `,${chunk}`);
    first = false;
  }
  await out.write(']');
}

/**
 * Streams rows page by page: memory stays flat however many submissions there are. For
 * callers without `sensitive:read` every L3/L4 answer is masked before it is formatted
 * (the same shared rules as every API answer), and the ZIP of files is refused.
 */
async function exportStream(
  c: Context<AppEnv>,
  app: AppRecord,
  format: Format,
  filter: SubmissionFilter,
  progressId: string | undefined,
  columns: string[] | undefined,
) {
  const { storage, timeZone, clock } = c.get('deps');
  const locale = c.get('locale');
  const definition = await definitionFor(c, app);
  const catalog = await catalogForVersion(storage.packs, app.id, app.publishedVersion);
  const unknown = columns ? unknownColumns(definition, columns, catalog) : [];
  if (unknown.length > 0)
    throw invalid([
      { path: 'columns', message: `没有这些问题：${unknown.join('、')} (no such questions: ${unknown.join(', ')})` },
    ]);
  // Pack components mask by their manifests' rules: the plan reads each version's pinned packs.
  const plan = await appMaskPlan(storage, app.id, app.draft);
  const masked = !canReadSensitive(c);
  if (format === 'zip' && masked) requireSensitiveRead(c);
  const shownPlan = masked ? plan : null;
  const audience = format === 'csv' ? 'machines' : 'people';
  const mask = shownPlan ? (field: string, value: unknown) => maskAnswer(field, value, shownPlan) : undefined;
  const layout = exportLayout(definition, {
    locale,
    timeZone,
    audience,
    catalog,
    ...(mask ? { mask } : {}),
    ...(columns ? { columns } : {}),
  });
  const name = `app-${app.id}-submissions`;
  const total = await storage.exports.count(app.id, filter);
  // Who exported which app's rows, with the filters and how many, never the values.
  await auditRead(c, 'submissions.export', { app, plan, filter, rows: total, masked, format });
  c.header('Content-Type', CONTENT_TYPES[format]);
  c.header('Content-Disposition', `attachment; filename="${name}.${format}"`);
  c.header('Cache-Control', 'private, no-store');
  c.header('X-Export-Rows', String(total));
  const rows = (options?: ExportRowsOptions) =>
    storage.exports.rows(app.id, { ...filter, limit: undefined }, layout.pick, options);
  return stream(c, async (out) => {
    const userId = sessionOf(c).user.id;
    const tracker = await trackExport(
      storage,
      clock,
      { id: progressId, appId: app.id, userId, total },
      () => out.aborted,
    );
    const xlsx = () => ({ layout, pages: rows(), regions: regionNames(storage.divisions), onRows: tracker.onRows });
    try {
      if (format === 'csv') await writeCsv(out, layout, rows({ utf8Bytes: true }), c, tracker);
      else if (format === 'json') await writeJson(out, c, app, filter, shownPlan);
      else if (format === 'xlsx') {
        // exceljs and archiver hold ~45 MB once loaded: only a process that writes a workbook pays it.
        const { writeXlsx } = await import('../export/xlsx.ts');
        await forward(out, (target) => writeXlsx(target, xlsx()));
      } else {
        const folder = locale === 'en' ? 'attachments' : '附件';
        const workbookName = safeFileName(`${localize(definition.meta.title, locale) || name}.xlsx`);
        const { writeAttachmentsZip } = await import('../export/attachments-zip.ts');
        await forward(out, (target) =>
          writeAttachmentsZip(target, { ...xlsx(), storage, appId: app.id, definition, filter, workbookName, folder }),
        );
      }
      await tracker.finish('done');
    } catch (e) {
      // A cancelled export just stops: the browser already dropped it, nothing to report.
      if (e instanceof ExportCancelled) return;
      await tracker.finish('failed');
      throw e;
    }
  });
}

const progressParam = z
  .string()
  .regex(/^[A-Za-z0-9-]{8,64}$/)
  .optional();

/** The answers to export, as comma-separated data keys (the console's column choice); all when absent. */
const columnsParam = z
  .string()
  .max(4000)
  .regex(/^[A-Za-z_][\w]*(,[A-Za-z_][\w]*)*$/, 'columns: comma-separated data keys')
  .optional();

function progressRoutes(app: OpenAPIHono<AppEnv>) {
  defineRoute(
    app,
    {
      method: 'get',
      path: '/exports/:progressId',
      summary: 'How far the caller’s export with this progress id has come (rows written of the total, percent)',
      tag: 'submissions',
      auth: 'session',
      responses: {
        200: { description: 'progress', answer: 'ExportProgressView' },
        404: 'no export of the caller by that id',
      },
    },
    async (c) => {
      const { storage } = c.get('deps');
      const p = await storage.exportProgress.get(c.req.param('progressId') ?? '', sessionOf(c).user.id);
      if (!p) throw notFound();
      const percent = p.state === 'done' || p.total === 0 ? 100 : Math.min(99, Math.floor((p.done / p.total) * 100));
      return c.json({ total: p.total, done: p.done, percent, state: p.state } satisfies ExportProgressView);
    },
  );
  defineRoute(
    app,
    {
      method: 'delete',
      path: '/exports/:progressId',
      summary: 'Cancels the caller’s running export with this progress id; the stream stops at the next rows',
      tag: 'submissions',
      auth: 'session',
      responses: { 204: 'cancelled', 404: 'no running export of the caller by that id' },
    },
    async (c) => {
      const { storage, clock } = c.get('deps');
      const id = c.req.param('progressId') ?? '';
      if (!(await storage.exportProgress.cancel(id, sessionOf(c).user.id, clock.now().toISOString()))) throw notFound();
      return c.body(null, 204);
    },
  );
}

export function exportRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  for (const format of ['csv', 'xlsx', 'json', 'zip'] as const) {
    defineRoute(
      app,
      {
        method: 'get',
        path: `/apps/:id/export.${format}`,
        summary: SUMMARIES[format],
        tag: 'submissions',
        auth: 'session',
        query: filterQuery.extend({ progress: progressParam, columns: columnsParam }),
        responses: {
          200:
            format === 'json'
              ? { description: 'the file: every matching submission', answer: 'SubmissionExport' }
              : { description: 'the file', contentType: CONTENT_TYPES[format] },
          403: 'a ZIP of files asked without sensitive:read',
          404: 'not in the caller’s subtree',
          422: 'a number search without sensitive:read, or a chosen column the app does not have',
        },
      },
      async (c, { query }) => {
        const found = await scopedApp(c);
        const { progress, columns, ...filters } = query;
        const filter = await scopedFilter(c, { ...filters, cursor: undefined });
        guardSensitiveSearch(c, filter);
        return exportStream(c, found, format, filter, progress, columns?.split(',').filter(Boolean));
      },
    );
  }
  progressRoutes(app);
  return app;
}
