import type { ExportLayout } from './columns.ts';
import { csvHeaderLine, csvLines } from './csv-text.ts';
import type { RegionNames } from './region-names.ts';
import type { ExportRow } from '../storage/types.ts';
import { type Utf8Bytes, toUtf8Bytes } from '../storage/utf8-bytes.ts';

/** Bytes of CSV gathered before a chunk is handed on: one socket write per ~64 KB. */
export const CSV_CHUNK = 64 * 1024;

/** A piece of the CSV file, and how many rows the file holds up to its end. */
export interface CsvChunk {
  text: Utf8Bytes;
  rows: number;
}

/**
 * A CSV export's bytes in ~64 KB chunks (the header line first), from pages of rows whose
 * texts are UTF-8 bytes (`Utf8Bytes`): the lines are built from the bytes SQLite stored and
 * handed on as they are, never decoded to UTF-16 and encoded back (~1 µs of a row's ~6).
 * The same code runs on the event loop and on an export worker thread (`csv-worker.ts`).
 */
export async function* csvChunks(
  layout: ExportLayout,
  pages: AsyncIterable<ExportRow[]>,
  regions: RegionNames,
): AsyncGenerator<CsvChunk> {
  const bytes = { utf8Bytes: true };
  const line = layout.csvLines(bytes);
  let text = toUtf8Bytes(csvHeaderLine(layout));
  let rows = 0;
  for await (const page of pages) {
    await regions.prime(layout.regionCodes(page, bytes));
    text += csvLines(line, page, regions);
    rows += page.length;
    // Pages are ~30 KB of CSV, sized to stay out of V8's large-object space; chunks gather two or so.
    if (text.length >= CSV_CHUNK) {
      yield { text, rows };
      text = '';
    }
  }
  if (text.length > 0) yield { text, rows };
}
