import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exeBytes, gifBytes, htmlBytes, jpegBytes, pdfBytes, pngBytes, webpBytes } from '../../test/file-bytes.ts';
import { detectUploadType, servedType } from './detect-type.ts';

describe('detectUploadType', () => {
  it('names images and PDFs from their first bytes', async () => {
    expect(await detectUploadType(jpegBytes())).toBe('image/jpeg');
    expect(await detectUploadType(pngBytes())).toBe('image/png');
    expect(await detectUploadType(gifBytes())).toBe('image/gif');
    expect(await detectUploadType(webpBytes())).toBe('image/webp');
    expect(await detectUploadType(pdfBytes())).toBe('application/pdf');
  });

  it('names an iPhone HEIC photo from its ftyp box', async () => {
    const heic = new Uint8Array(64);
    heic.set([
      0,
      0,
      0,
      0x18,
      ...new TextEncoder().encode('ftypheic'),
      0,
      0,
      0,
      0,
      ...new TextEncoder().encode('mif1heic'),
    ]);
    expect(await detectUploadType(heic)).toBe('image/heic');
  });

  it('tells an Office workbook from any other zip', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('s').addRow(['a']);
    const xlsx = new Uint8Array(await book.xlsx.writeBuffer());
    expect(await detectUploadType(xlsx)).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  });

  it('refuses programs, web pages and unknown bytes', async () => {
    expect(await detectUploadType(exeBytes())).toBeUndefined();
    expect(await detectUploadType(htmlBytes())).toBeUndefined();
    expect(await detectUploadType(new Uint8Array(32))).toBeUndefined();
  });
});

describe('servedType', () => {
  it('serves stored types it knows, and anything else as opaque bytes', () => {
    expect(servedType('image/png')).toBe('image/png');
    expect(servedType('text/html')).toBe('application/octet-stream');
    expect(servedType('image/svg+xml')).toBe('application/octet-stream');
  });
});
