import { parentPort, workerData } from 'node:worker_threads';
import { type ExportReader, openExportReader } from '../storage/sqlite/export-reader.ts';
import { catalogForVersion } from '../packs/pack-catalog.ts';
import { csvChunks } from './csv-chunks.ts';
import type { CsvCredit, CsvExportJob, CsvWorkerMessage } from './csv-worker-protocol.ts';
import { layoutOf } from './layout-spec.ts';
import { regionNames } from './region-names.ts';

/**
 * An export worker thread (`off-thread-csv.ts` starts one per large CSV export): it reads
 * the job's rows on its own read-only connection, builds the CSV bytes with the same code
 * as the event loop, and transfers ~64 KB chunks to the main thread, which only writes them
 * to the socket. It posts a chunk only against credit the main thread grants as the client
 * takes the bytes, so a slow client holds it back.
 */
const port = parentPort;
if (!port) throw new Error('csv-worker.ts runs as a worker thread');
const job = workerData as CsvExportJob;

let credit = 0;
let granted: (() => void) | undefined;
port.on('message', (m: CsvCredit) => {
  credit += m.credit;
  granted?.();
});
const post = (message: CsvWorkerMessage) => port.postMessage(message);

let reader: ExportReader | undefined;
try {
  reader = openExportReader(job.file);
  // A version's pins never change: the catalog read here is the one the route made its layout with.
  const catalog = await catalogForVersion(reader.packs, job.appId, job.version);
  const layout = layoutOf(job.definition, job, catalog);
  const pages = reader.exports.rows(job.appId, { ...job.filter, limit: undefined }, layout.pick, { utf8Bytes: true });
  for await (const chunk of csvChunks(layout, pages, regionNames(reader.divisions))) {
    while (credit === 0) await new Promise<void>((resolve) => (granted = resolve));
    credit--;
    post(chunk);
  }
  post({ done: true });
} catch (e) {
  post({ error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
} finally {
  reader?.close();
  port.close();
}
