import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { PaperReport } from './paper-report.ts';

/**
 * Writes paper-shaped reports as an XLSX an official opens in Excel or WPS: one sheet
 * each, with title, lines, bold header and bold sums. Rows are committed as they are
 * written (exceljs's streaming writer), so thousands of villages do not pile up in memory.
 */
export async function reportXlsx(reports: PaperReport | PaperReport[], sheetName = '汇总表'): Promise<Uint8Array> {
  const pipe = new PassThrough();
  const chunks: Buffer[] = [];
  pipe.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise((resolve) => pipe.on('end', resolve));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: pipe, useSharedStrings: false, useStyles: true });
  const list = Array.isArray(reports) ? reports : [reports];
  list.forEach((report, i) => addSheet(workbook, report, list.length === 1 ? sheetName : `${i + 1}`));
  await workbook.commit();
  await ended;
  return new Uint8Array(Buffer.concat(chunks));
}

function addSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, report: PaperReport, sheetName: string) {
  const sheet = workbook.addWorksheet(sheetName);
  sheet.columns = report.header.map((h, i) => ({ width: i === 0 ? 18 : Math.max(10, h.length * 2) }));
  const title = sheet.addRow([report.title]);
  title.font = { bold: true, size: 14 };
  sheet.mergeCells(1, 1, 1, Math.max(report.header.length, 1));
  title.commit();
  for (const line of report.lines) sheet.addRow([line]).commit();
  const header = sheet.addRow(report.header);
  header.font = { bold: true };
  header.commit();
  for (const r of report.rows) {
    const row = sheet.addRow(r.cells);
    if (r.kind !== 'org') row.font = { bold: true };
    row.commit();
  }
  sheet.commit();
}
