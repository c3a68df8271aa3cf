import { Worker } from 'node:worker_threads';
import type { CsvCredit, CsvExportJob, CsvWorkerMessage } from './csv-worker-protocol.ts';

/** A chunk of the CSV file as bytes, and how many rows the file holds up to its end. */
export interface CsvBytes {
  bytes: Buffer;
  rows: number;
}

/** A CSV export built on a worker thread, taken chunk by chunk. */
export interface OffThreadCsv extends AsyncIterable<CsvBytes> {
  /** Rows the worker has built so far, with the chunks not taken yet: at most `IN_FLIGHT` chunks ahead of the taker. */
  readonly rowsBuilt: number;
  /** Whether its thread (and the thread's database connection) is still there. */
  readonly running: boolean;
}

/**
 * Chunks (~64 KB each) the worker may build before the taker has written them: enough that
 * it keeps building while the main thread writes, few enough that a slow client holds it
 * back with ~256 KB of CSV waiting.
 */
export const IN_FLIGHT = 4;

// From source (tsx: dev, tests) the worker is the TypeScript file beside this one; in the
// production build it is `dist/csv-worker.js` (build.mjs's third entry) beside the bundle.
const FROM_SOURCE = import.meta.url.endsWith('.ts');
const WORKER_FILE = new URL(FROM_SOURCE ? './csv-worker.ts' : './csv-worker.js', import.meta.url);

/**
 * The thread's young generation, in MB. Its garbage is all short-lived (a page's text, its
 * rows, the lines): V8's default (~48 MB) only let the thread's heap grow, and with it the
 * export's peak RSS, at no gain in CPU per row (measured on 200,000 rows: ~20 MB less RSS).
 */
const THREAD_YOUNG_MB = 12;

/**
 * The export's thread: the built file as it is; from source, the TypeScript file after the
 * thread registered tsx's loader (a thread does not load its first file through its
 * parent's loader, neither under tsx nor under vitest). Only source runs pay tsx's ~0.4 s.
 */
function exportThread(job: CsvExportJob): Worker {
  const options = { workerData: job, resourceLimits: { maxYoungGenerationSizeMb: THREAD_YOUNG_MB } };
  if (!FROM_SOURCE) return new Worker(WORKER_FILE, options);
  const program = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(WORKER_FILE.href)}); })`;
  return new Worker(program, { ...options, eval: true });
}

/**
 * Runs a CSV export on a worker thread (`csv-worker.ts`) with its own read-only connection:
 * reading and formatting rows (~5 µs a row) run on the machine's other core while the event
 * loop only writes the chunks to the socket and stays free for everyone else's requests.
 * Backpressure is by credit: the worker may build `IN_FLIGHT` chunks, and each chunk taken
 * (written to the socket, `await`ed) grants one more. Stopping early (the client went away,
 * the export was cancelled, a write failed) ends the thread and closes its connection; a
 * failure in the thread is thrown to the taker. Chunks come as text (UTF-8 bytes as latin1,
 * copied by the message) rather than transferred ArrayBuffers: a buffer is memory outside
 * the main thread's heap, which allocates too little while it only writes to collect the
 * written ones soon (peak RSS 232 MB on a 1M-row export); a text is collected as the heap's
 * young generation fills.
 */
export function offThreadCsv(job: CsvExportJob): OffThreadCsv {
  let rowsBuilt = 0;
  let running = false;
  async function* chunks(): AsyncGenerator<CsvBytes> {
    const worker = exportThread(job);
    running = true;
    const inbox: CsvWorkerMessage[] = [];
    let failure: Error | undefined;
    let exited = false;
    let wake: (() => void) | undefined;
    const notify = () => {
      wake?.();
      wake = undefined;
    };
    worker.on('message', (m: CsvWorkerMessage) => {
      if ('text' in m) rowsBuilt = m.rows;
      inbox.push(m);
      notify();
    });
    worker.on('error', (e: unknown) => {
      // What a thread throws arrives as a copy, not always an Error (better-sqlite3's errors do not survive it).
      failure = e instanceof Error ? e : new Error(`the CSV export thread failed: ${JSON.stringify(e)}`);
      notify();
    });
    worker.on('exit', () => {
      exited = true;
      running = false;
      notify();
    });
    const grant = (credit: number) => worker.postMessage({ credit } satisfies CsvCredit);
    grant(IN_FLIGHT);
    let done = false;
    try {
      for (;;) {
        const m = inbox.shift();
        if (m === undefined) {
          if (failure) throw failure;
          if (exited) throw new Error('the CSV export thread stopped before the end of the export');
          await new Promise<void>((resolve) => (wake = resolve));
          continue;
        }
        if ('error' in m) throw new Error(`the CSV export thread failed: ${m.error}`);
        if ('done' in m) {
          done = true;
          return;
        }
        yield { bytes: Buffer.from(m.text, 'latin1'), rows: m.rows };
        grant(1);
      }
    } finally {
      // A finished thread closes its connection and exits by itself; any other is stopped here.
      if (!done) await worker.terminate();
    }
  }
  return {
    [Symbol.asyncIterator]: chunks,
    get rowsBuilt() {
      return rowsBuilt;
    },
    get running() {
      return running;
    },
  };
}
