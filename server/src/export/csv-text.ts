import { csvField, type ExportLayout } from './columns.ts';
import type { RegionNames } from './region-names.ts';
import type { ExportRow } from '../storage/types.ts';

/** The CSV's first line: a BOM, so Excel reads UTF-8 and Chinese headers are not garbled, then the headers. */
export function csvHeaderLine(layout: ExportLayout): string {
  return `\uFEFF${layout.headers.map(csvField).join(',')}\r\n`;
}

/** A page of export rows as CSV lines (regions primed with the page's codes first), from one export's line writer (text or UTF-8 bytes, as the rows). */
export function csvLines(
  line: ReturnType<ExportLayout['csvLines']>,
  page: readonly ExportRow[],
  regions: RegionNames,
): string {
  let text = '';
  for (const row of page) text += `${line(row, regions)}\r\n`;
  return text;
}
