import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { StreamingApi } from 'hono/utils/stream';
import type { Submission } from '../storage/types.ts';
import type { Column } from './columns.ts';

/**
 * Writes an XLSX with exceljs's streaming writer, committing each row as it goes,
 * and pipes the zip bytes out as they are produced.
 */
export async function writeXlsx(
  out: StreamingApi,
  columns: Column[],
  pages: AsyncIterable<Submission[]>,
): Promise<void> {
  const pipe = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: pipe, useSharedStrings: false, useStyles: false });
  const sheet = workbook.addWorksheet('submissions');
  const forward = (async () => {
    for await (const chunk of pipe) await out.write(chunk as Uint8Array);
  })();
  sheet.addRow(columns.map((c) => c.header)).commit();
  for await (const page of pages) {
    for (const s of page) sheet.addRow(columns.map((c) => c.cell(s))).commit();
  }
  sheet.commit();
  await workbook.commit();
  await forward;
}
