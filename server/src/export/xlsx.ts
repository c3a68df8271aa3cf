import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ExportRow } from '../storage/types.ts';
import type { ExportLayout } from './columns.ts';
import type { RegionNames } from './region-names.ts';

export interface XlsxSource {
  layout: ExportLayout;
  pages: AsyncIterable<ExportRow[]>;
  regions: RegionNames;
  /** Called after each page with the rows written so far; throwing stops the export (a cancel). */
  onRows?: (written: number) => Promise<void> | void;
}

const PROGRESS_EVERY = 500;

// Wide enough for an 18-digit ID number or a five-level division path without resizing.
const widthOf = (header: string, text: boolean) => Math.min(40, Math.max(text ? 20 : 12, header.length * 2 + 2));

/**
 * Writes an XLSX with exceljs's streaming writer into `target`, committing each row
 * as it goes, so memory stays flat. Text columns carry the `@` format: Excel keeps ID
 * numbers and phones as typed instead of turning them into 3.30110E+17.
 */
export async function writeXlsx(target: Writable, source: XlsxSource): Promise<void> {
  const { layout, pages, regions, onRows } = source;
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: target, useSharedStrings: false, useStyles: true });
  // The header stays in view and carries filter buttons: what an official does first in Excel.
  const sheet = workbook.addWorksheet('submissions', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: layout.headers.length } };
  sheet.columns = layout.headers.map((header, i) => {
    const text = layout.textColumns[i] ?? false;
    return { width: widthOf(header, text), ...(text ? { style: { numFmt: '@' } } : {}) };
  });
  const head = sheet.addRow(layout.headers);
  head.font = { bold: true };
  head.commit();
  let written = 0;
  for await (const page of pages) {
    await regions.prime(layout.regionCodes(page));
    for (const row of page) {
      sheet.addRow(layout.cells(row, regions)).commit();
      if (++written % PROGRESS_EVERY === 0) await onRows?.(written);
    }
    await onRows?.(written);
  }
  sheet.commit();
  await workbook.commit();
}
