import type { AppDefinition } from '@sprout/shared/definition';
import type { Storage, SubmissionFilter } from '../storage/types.ts';
import type { ExportLayout } from './columns.ts';
import { csvChunks } from './csv-chunks.ts';
import { type CsvBytes, offThreadCsv } from './off-thread-csv.ts';
import type { LayoutSpec } from './layout-spec.ts';
import { regionNames } from './region-names.ts';

/**
 * Rows from which a CSV export runs on a worker thread. Starting one (a thread, its modules,
 * a connection) took ~80 ms from `new Worker` to the end of a 5-row export in the production
 * build (load ~9 on two cores), 1–5 ms of it on the event loop; 10,000 rows are ~50–70 ms of
 * formatting on the event loop. Smaller exports stay there, where they finish sooner.
 */
export const OFF_THREAD_ROWS = 10_000;

/** One CSV export's rows, as the route has authorized, scoped and counted them. */
export interface CsvExport {
  storage: Storage;
  appId: number;
  /** The published version whose catalog made the layout; null for a draft's core catalog. */
  version: number | null;
  definition: AppDefinition;
  spec: LayoutSpec;
  layout: ExportLayout;
  filter: SubmissionFilter;
  /** How many rows the export has (`ExportStore.count`). */
  total: number;
  /** Rows from which it runs on a worker thread (`OFF_THREAD_ROWS` unless the app was told otherwise). */
  offThreadRows: number;
}

/**
 * The CSV file's bytes in ~64 KB chunks: built on a worker thread when the rows live in a
 * SQLite file and are many (`offThreadCsv`), else on the event loop from the store's pages.
 * Both run `csvChunks`, so the bytes are the same.
 */
export function csvExportChunks(e: CsvExport): AsyncIterable<CsvBytes> {
  const file = e.storage.exports.file;
  if (file !== undefined && e.total >= e.offThreadRows)
    return offThreadCsv({
      ...e.spec,
      file,
      appId: e.appId,
      version: e.version,
      definition: e.definition,
      filter: e.filter,
    });
  return inThread(e);
}

async function* inThread(e: CsvExport): AsyncGenerator<CsvBytes> {
  const pages = e.storage.exports.rows(e.appId, { ...e.filter, limit: undefined }, e.layout.pick, { utf8Bytes: true });
  for await (const chunk of csvChunks(e.layout, pages, regionNames(e.storage.divisions)))
    yield { bytes: Buffer.from(chunk.text, 'latin1'), rows: chunk.rows };
}
