import type { Clock } from '../http/context.ts';
import type { Storage } from '../storage/types.ts';

/** Thrown between rows when the official cancelled or closed the download: the export stops there. */
export class ExportCancelled extends Error {
  constructor() {
    super('the export was cancelled');
  }
}

export interface ExportTracker {
  /** Records rows written; throws ExportCancelled once the official asked to stop. */
  onRows(written: number): Promise<void>;
  finish(state: 'done' | 'failed'): Promise<void>;
}

/** Rows written between two progress records. */
const PROGRESS_EVERY = 1000;

const NO_TRACKING: ExportTracker = { onRows: async () => {}, finish: async () => {} };

/**
 * Starts the progress record of one export (when the console asked for one by id) and
 * answers the hooks the writers call. `aborted` says whether the download connection
 * has gone, which cancels too.
 * @example const t = await trackExport(storage, clock, { id, appId, userId, total }, () => out.aborted);
 */
export async function trackExport(
  storage: Storage,
  clock: Clock,
  start: { id: string | undefined; appId: number; userId: number; total: number },
  aborted: () => boolean,
): Promise<ExportTracker> {
  const untracked = {
    ...NO_TRACKING,
    onRows: async () => (aborted() ? Promise.reject(new ExportCancelled()) : undefined),
  };
  const { id } = start;
  const at = () => clock.now().toISOString();
  // An id already in use (someone else's, or a repeat) is not followed: its record is not ours to move.
  if (!id || !(await storage.exportProgress.start({ ...start, id, updatedAt: at() }))) return untracked;
  let recorded = 0;
  return {
    onRows: async (written) => {
      // A record (a committed write) per ~1,000 rows, not per page: pages are as small as ~100 rows.
      if (written - recorded < PROGRESS_EVERY && written < start.total) {
        if (aborted()) await storage.exportProgress.cancel(id, start.userId, at());
        if (aborted()) throw new ExportCancelled();
        return;
      }
      recorded = written;
      const state = await storage.exportProgress.advance(id, written, at());
      if (aborted()) await storage.exportProgress.cancel(id, start.userId, at());
      if (aborted() || state === 'cancelled') throw new ExportCancelled();
    },
    finish: (state) => storage.exportProgress.finish(id, state, at()),
  };
}
