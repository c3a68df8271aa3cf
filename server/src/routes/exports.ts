import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { stream } from 'hono/streaming';
import type { AppEnv } from '../http/context.ts';
import { defineRoute } from '../http/define-route.ts';
import { csvField, exportLayout } from '../export/columns.ts';
import { writeXlsx } from '../export/xlsx.ts';
import { submissionView } from '../http/views.ts';
import type { AppRecord, SubmissionFilter } from '../storage/types.ts';
import { scopedApp } from './app-lookup.ts';
import type { MaskPlan } from '@sprout/shared/masking';
import { appMaskPlan } from '../privacy/app-mask-plan.ts';
import { auditRead } from '../privacy/read-audit.ts';
import { canReadSensitive, guardSensitiveSearch } from '../privacy/sensitive-read.ts';
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

/** Counts rows as they stream, so the read audit can say how many left the server. */
async function* counted<T>(pages: AsyncIterable<T[]>, counter: { rows: number }): AsyncIterable<T[]> {
  for await (const page of pages) {
    counter.rows += page.length;
    yield page;
  }
}

/**
 * Streams rows page by page: memory stays flat however many submissions there are. Masked
 * by `plan` unless it is null; the read is audited once the stream ends, with its row count.
 */
function exportStream(
  c: Context<AppEnv>,
  app: AppRecord,
  format: Format,
  filter: SubmissionFilter,
  def: Awaited<ReturnType<typeof definitionFor>>,
  masking: { plan: MaskPlan; masked: boolean },
) {
  const locale = c.get('locale');
  const { storage } = c.get('deps');
  const shownPlan = masking.masked ? masking.plan : null;
  const layout = exportLayout(def, locale, shownPlan);
  const counter = { rows: 0 };
  const audited = () => auditRead(c, 'submissions.export', { app, ...masking, filter, rows: counter.rows, format });
  c.header('Content-Type', CONTENT_TYPES[format]);
  c.header('Content-Disposition', `attachment; filename="app-${app.id}-submissions.${format}"`);
  c.header('Cache-Control', 'private, no-store');
  const rows = () => counted(storage.exports.rows(app.id, { ...filter, limit: undefined }, layout.pick), counter);
  if (format === 'xlsx') return stream(c, (out) => writeXlsx(out, layout, rows()).finally(audited));
  return stream(c, async (out) => {
    try {
      await writeTextExport(out);
    } finally {
      await audited();
    }
  });
  async function writeTextExport(out: { write(text: string): Promise<unknown> }) {
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
    const pages = counted(storage.submissions.stream(app.id, { ...filter, limit: undefined }), counter);
    await out.write('[');
    let first = true;
    for await (const page of pages) {
      const chunk = page.map((s) => JSON.stringify(submissionView(s, locale, shownPlan))).join(',');
      await out.write(first ? chunk : `,${chunk}`);
      first = false;
    }
    await out.write(']');
  }
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
        guardSensitiveSearch(c, filter);
        const plan = await appMaskPlan(c.get('deps').storage.apps, found.id, found.draft);
        const masking = { plan, masked: !canReadSensitive(c) };
        return exportStream(c, found, format, filter, await definitionFor(c, found), masking);
      },
    );
  }
}
