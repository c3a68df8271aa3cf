import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { createDivisionStore } from '../storage/sqlite/divisions.ts';
import { createExportStore } from '../storage/sqlite/export-rows.ts';
import type { ExportPick, SubmissionFilter } from '../storage/types.ts';
import { csvLines } from './csv-text.ts';
import { type ExportRecipe, layoutOf } from './export-recipe.ts';
import { regionNames } from './region-names.ts';

/** What a CSV worker is started with: one export's rows and layout. */
export interface CsvWorkerJob {
  file: string;
  appId: number;
  filter: SubmissionFilter;
  recipe: ExportRecipe;
}

/** Asks for the page starting after `cursor`; `seq` comes back with it. */
export interface CsvPageRequest {
  seq: number;
  cursor: number;
}

export type CsvPageAnswer = { seq: number; bytes: Uint8Array; rows: number } | { seq: number; error: string };

/**
 * One export worker (see `parallel-csv.ts`): its own read-only connection to the SQLite
 * file reads a page from the cursor it is given and formats it as CSV lines, answered as
 * UTF-8 bytes whose buffer moves to the main thread without a copy.
 */
function serve(job: CsvWorkerJob) {
  const db = new Database(job.file, { readonly: true, fileMustExist: true });
  const store = createExportStore(db);
  const layout = layoutOf(job.recipe);
  const pick: ExportPick = layout.pick;
  const regions = regionNames(createDivisionStore(db));
  parentPort?.on('message', async ({ seq, cursor }: CsvPageRequest) => {
    try {
      const pages = store
        .rows(job.appId, { ...job.filter, before: cursor, limit: undefined }, pick)
        [Symbol.asyncIterator]();
      const first = await pages.next();
      await pages.return?.();
      const page = first.done ? [] : first.value;
      await regions.prime(layout.regionCodes(page));
      const bytes = Buffer.from(csvLines(layout, page, regions));
      // A Buffer may share a pooled ArrayBuffer: only a buffer of its own can be transferred.
      const own =
        bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : new Uint8Array(bytes);
      parentPort?.postMessage({ seq, bytes: own, rows: page.length } satisfies CsvPageAnswer, [own.buffer]);
    } catch (e) {
      parentPort?.postMessage({ seq, error: e instanceof Error ? e.message : String(e) } satisfies CsvPageAnswer);
    }
  });
}

if (parentPort && workerData) serve(workerData as CsvWorkerJob);
