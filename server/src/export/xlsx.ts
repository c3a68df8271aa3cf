import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { StreamingApi } from 'hono/utils/stream';
import type { ExportRow } from '../storage/types.ts';
import type { ExportLayout } from './columns.ts';

/**
 * Writes an XLSX with exceljs's streaming writer, committing each row as it goes,
 * and pipes the zip bytes out as they are produced.
 */
export async function writeXlsx(
  out: StreamingApi,
  layout: ExportLayout,
  pages: AsyncIterable<ExportRow[]>,
): Promise<void> {
  const pipe = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: pipe, useSharedStrings: false, useStyles: false });
  const sheet = workbook.addWorksheet('submissions');
  const forward = (async () => {
    for await (const chunk of pipe) await out.write(chunk as Uint8Array);
  })();
  sheet.addRow(layout.headers).commit();
  for await (const page of pages) {
    for (const row of page) sheet.addRow(layout.cells(row)).commit();
  }
  sheet.commit();
  await workbook.commit();
  await forward;
}
