import Database from 'better-sqlite3';
import type { PackStore } from '../pack-types.ts';
import type { DivisionStore, ExportStore } from '../types.ts';
import { createDivisionStore } from './divisions.ts';
import { createExportStore } from './export-rows.ts';
import { createPackStore } from './packs.ts';

/** What an export worker thread reads: the rows, division names and a version's pinned packs. */
export interface ExportReader {
  exports: ExportStore;
  divisions: DivisionStore;
  packs: Pick<PackStore, 'pinned'>;
  close(): void;
}

/**
 * A read-only connection of its own to the server's database file, for an export running
 * on a worker thread (`export/csv-worker.ts`): under WAL it reads beside the server's
 * connection without blocking its writes, and it can write nothing.
 */
export function openExportReader(file: string): ExportReader {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  return {
    exports: createExportStore(db),
    divisions: createDivisionStore(db),
    packs: createPackStore(db),
    close: () => db.close(),
  };
}
