import type { AppDefinition } from '@sprout/shared/definition';
import type { SubmissionFilter } from '../storage/types.ts';
import type { CsvChunk } from './csv-chunks.ts';
import type { LayoutSpec } from './layout-spec.ts';

/** One CSV export for a worker thread (`csv-worker.ts`), as plain data it receives as its `workerData`. */
export interface CsvExportJob extends LayoutSpec {
  /** The SQLite file it opens read-only (`ExportStore.file`). */
  file: string;
  appId: number;
  /** The published version whose pinned packs make the catalog; null for the core catalog (a draft). */
  version: number | null;
  definition: AppDefinition;
  /** The caller's filter, already scoped to their org subtree by the route. */
  filter: SubmissionFilter;
}

/** To the worker: it may post this many more chunks. */
export interface CsvCredit {
  credit: number;
}

/** From the worker: a chunk with the rows up to its end (`CsvChunk`); the end; or what went wrong. */
export type CsvWorkerMessage = CsvChunk | { done: true } | { error: string };
