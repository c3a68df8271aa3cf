import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SharedExportRows } from '../storage/types.ts';
import type { CsvPageAnswer, CsvWorkerJob } from './csv-worker.ts';

/** Exports at least this long format on workers; shorter ones are done before two threads have started. */
export const PARALLEL_FROM_ROWS = 10_000;

/** Two formatting threads: the machines Sprout targets have two cores, and the main thread mostly waits on them. */
const WORKERS = 2;

/** Pages asked ahead per worker: enough to keep it busy, few enough that memory stays flat. */
const AHEAD = 2;

// Built, the worker is `dist/csv-worker.js` beside the bundle. From source (tests, dev) it is
// TypeScript, and the new thread loads tsx first.
const fromSource = import.meta.url.endsWith('.ts');
const WORKER_FILE = new URL(fromSource ? './csv-worker.ts' : './csv-worker.js', import.meta.url);

function startWorker(workerData: CsvWorkerJob): Worker {
  if (!fromSource) return new Worker(WORKER_FILE, { workerData });
  // Node 20 keeps loader hooks out of workers (`--import tsx` there is ignored): a boot
  // script imports the worker through tsx's own import function instead.
  const tsx = dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const api = JSON.stringify(pathToFileURL(join(tsx, 'dist/esm/api/index.mjs')).href);
  const file = JSON.stringify(WORKER_FILE.href);
  const boot = `import(${api}).then(({ tsImport }) => tsImport(${file}, ${file}));`;
  return new Worker(boot, { eval: true, workerData });
}

export interface CsvPage {
  bytes: Uint8Array;
  rows: number;
}

interface Waiting {
  resolve: (page: CsvPage) => void;
  reject: (e: Error) => void;
}

/**
 * An export's CSV lines, page by page in order, formatted on worker threads that each read
 * their pages from the shared database file: reading the JSON and formatting take most of
 * an export's time, and here they run on both cores. Pages are asked for only a few ahead
 * of the consumer, so a slow download holds the workers back (backpressure) and memory
 * stays flat. Workers end with the iteration, also when the consumer stops early.
 */
export async function* parallelCsvPages(
  shared: SharedExportRows,
  job: Omit<CsvWorkerJob, 'file'>,
): AsyncGenerator<CsvPage> {
  const waiting = new Map<number, Waiting>();
  const failAll = (e: Error) => {
    for (const w of waiting.values()) w.reject(e);
    waiting.clear();
  };
  const workers = Array.from({ length: WORKERS }, () => {
    const worker = startWorker({ ...job, file: shared.file });
    worker.on('message', (answer: CsvPageAnswer) => {
      const w = waiting.get(answer.seq);
      waiting.delete(answer.seq);
      if ('error' in answer) w?.reject(new Error(`export worker: ${answer.error}`));
      else w?.resolve({ bytes: answer.bytes, rows: answer.rows });
    });
    worker.on('error', failAll);
    worker.on('exit', (code) => failAll(new Error(`export worker stopped (${code})`)));
    return worker;
  });
  const cursors = shared.pageCursors(job.appId, job.filter)[Symbol.asyncIterator]();
  const ahead: Promise<CsvPage>[] = [];
  let seq = 0;
  let more = true;
  const askNext = async () => {
    const cursor = await cursors.next();
    if (cursor.done) {
      more = false;
      return;
    }
    const page = new Promise<CsvPage>((resolve, reject) => waiting.set(seq, { resolve, reject }));
    // Handled when awaited in order; this keeps an early failure from counting as unhandled meanwhile.
    page.catch(() => {});
    ahead.push(page);
    workers[seq % WORKERS]?.postMessage({ seq, cursor: cursor.value });
    seq++;
  };
  try {
    while (more && ahead.length < WORKERS * AHEAD) await askNext();
    while (ahead.length > 0) {
      const page = await (ahead.shift() as Promise<CsvPage>);
      if (more) await askNext();
      if (page.rows > 0) yield page;
    }
  } finally {
    await cursors.return?.();
    for (const worker of workers) worker.removeAllListeners('exit');
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
