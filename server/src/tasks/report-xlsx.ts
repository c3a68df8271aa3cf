import ExcelJS from 'exceljs';
import type { PaperReport } from './paper-report.ts';

/**
 * Writes paper-shaped reports as an XLSX an official opens in Excel or WPS: one sheet
 * each, with title, lines, bold header and bold sums.
 */
export async function reportXlsx(reports: PaperReport | PaperReport[], sheetName = '汇总表'): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const list = Array.isArray(reports) ? reports : [reports];
  list.forEach((report, i) => addSheet(workbook, report, list.length === 1 ? sheetName : `${i + 1}`));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function addSheet(workbook: ExcelJS.Workbook, report: PaperReport, sheetName: string) {
  const sheet = workbook.addWorksheet(sheetName);
  const width = report.header.length;
  sheet.addRow([report.title]).font = { bold: true, size: 14 };
  sheet.mergeCells(1, 1, 1, Math.max(width, 1));
  for (const line of report.lines) sheet.addRow([line]);
  const header = sheet.addRow(report.header);
  header.font = { bold: true };
  for (const r of report.rows) {
    const row = sheet.addRow(r.cells);
    if (r.kind !== 'org') row.font = { bold: true };
  }
  sheet.columns.forEach((col, i) => {
    col.width = i === 0 ? 18 : Math.max(10, (report.header[i] ?? '').length * 2);
  });
}
