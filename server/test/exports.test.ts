import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { elderlyValues, idNumber } from '../src/seed/samples.ts';
import { jpegBytes } from './file-bytes.ts';
import { type Client, json, login, request, startTestServer, type TestServer } from './harness.ts';

let s: TestServer;
let admin: Client;
let appId = 0;
let receipt = '';
const ID = idNumber('330110', '19400101', '002');
const PHOTO = jpegBytes(2000);

beforeAll(async () => {
  s = await startTestServer();
  admin = await login(s.url, 'county-admin');
  const apps = await json<{ items: Array<{ id: number; slug: string }> }>(await admin.fetch('/apps'));
  appId = apps.items.find((a) => a.slug === 'elderly-subsidy')?.id ?? 0;
  const form = new FormData();
  form.set('file', new Blob([PHOTO as Uint8Array<ArrayBuffer>], { type: 'image/jpeg' }), '户口本.jpg');
  const file = await json(await request(s.url, '/public/apps/elderly-subsidy/uploads', { method: 'POST', body: form }));
  const res = await request(s.url, '/public/apps/elderly-subsidy/submissions', {
    method: 'POST',
    json: { version: 1, consentVersion: 1, values: { ...elderlyValues([file]), idNumber: ID } },
    headers: { 'idempotency-key': 'export-zip-1' },
  });
  expect(res.status).toBe(201);
  receipt = (await json<{ receiptCode: string }>(res)).receiptCode;
});
afterAll(() => s.close());

async function readSheet(bytes: ArrayBuffer) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes);
  const sheet = book.worksheets[0]!;
  const header = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
  const rowOf = (code: string) => {
    for (let r = 2; r <= sheet.rowCount; r++) if (sheet.getRow(r).getCell(1).value === code) return sheet.getRow(r);
    throw new Error(`no row for ${code}`);
  };
  return { sheet, header, rowOf, col: (name: string) => header.indexOf(name) + 1 };
}

describe('XLSX an official can open', () => {
  it('has text IDs and phones, Beijing time, Chinese words and region names with codes', async () => {
    const res = await admin.fetch(`/apps/${appId}/export.xlsx`);
    expect(res.status).toBe(200);
    const { sheet, header, rowOf, col } = await readSheet(await res.arrayBuffer());
    const row = rowOf(receipt);
    const id = row.getCell(col('老人身份证号码'));
    expect(id.value).toBe(ID);
    expect(id.numFmt).toBe('@');
    expect(typeof row.getCell(col('联系电话')).value).toBe('string');
    // The test clock stands at 02:00 UTC: 10:00 in Beijing.
    expect(row.getCell(col('提交时间')).value).toBe('2026-03-02 10:00');
    expect(row.getCell(col('状态')).value).toBe('待审核');
    expect(row.getCell(col('户籍地址')).value).toBe('浙江省/杭州市/余杭区/瓶窑镇/张堰村委会 张堰村 8 组 12 号');
    expect(row.getCell(col('户籍地址（区划代码）')).value).toBe('330110110202');
    expect(row.getCell(col('是否独居')).value).toBe('是');
    expect(row.getCell(col('身份证正反面、户口本首页及本人页照片')).value).toBe('户口本.jpg');
    expect(String(row.getCell(col('申请人（或代填人）签名')).value)).toBe(`${receipt}-申请人（或代填人）签名.png`);
    expect(header).not.toContain('signature');
    // Filter buttons over the whole header row.
    expect(sheet.autoFilter).toMatch(/^A1:[A-Z]+1$/);
  });

  it('writes English labels when the UI is English', async () => {
    const res = await admin.fetch(`/apps/${appId}/export.xlsx`, { headers: { 'accept-language': 'en' } });
    const { rowOf, col } = await readSheet(await res.arrayBuffer());
    expect(rowOf(receipt).getCell(col('Status')).value).toBe('Pending');
    expect(rowOf(receipt).getCell(col('Lives alone')).value).toBe('Yes');
  });
});

describe('CSV for machines', () => {
  it('writes the same answers as the XLSX in UTF-8: region names, choice labels, file names, defused text', async () => {
    const bytes = new Uint8Array(await (await admin.fetch(`/apps/${appId}/export.csv`)).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder('utf-8', { fatal: true }).decode(bytes.slice(3)).split('\r\n');
    expect(lines[0]).toContain('户籍地址,户籍地址（区划代码）');
    const line = lines.find((l) => l.startsWith(`${receipt},`)) ?? '';
    expect(line).toContain(',2026-03-02T02:00:00.000Z,pending,1,');
    expect(line).toContain(`,${ID},`);
    expect(line).toContain(',浙江省/杭州市/余杭区/瓶窑镇/张堰村委会 张堰村 8 组 12 号,330110110202,');
    expect(line).toContain(',户口本.jpg,');
    expect(line).toContain(`,${receipt}-申请人（或代填人）签名.png`);
  });
});

describe('the official’s column choice', () => {
  it('writes only the chosen answers, in the form’s order, after the receipt columns', async () => {
    const res = await admin.fetch(`/apps/${appId}/export.xlsx?columns=phone,idNumber`);
    expect(res.status).toBe(200);
    const { header, rowOf, col } = await readSheet(await res.arrayBuffer());
    expect(header.slice(0, 6)).toEqual(['回执码', '提交时间', '状态', '版本', '老人身份证号码', '联系电话']);
    expect(header).not.toContain('户籍地址');
    expect(rowOf(receipt).getCell(col('老人身份证号码')).value).toBe(ID);
    const csv = await (await admin.fetch(`/apps/${appId}/export.csv?columns=phone`)).text();
    // Computed values and the outcome stay: they are the app's results, not answers to choose from.
    expect(csv.split('\r\n')[0]).toBe('回执码,提交时间,状态,版本,联系电话,年龄,每月津贴（元）,结果');
  });

  it('refuses a column the app does not have, naming it', async () => {
    const res = await admin.fetch(`/apps/${appId}/export.csv?columns=phone,nosuch`);
    expect(res.status).toBe(422);
    const problem = await json<{ errors: Array<{ path: string; message: string }> }>(res);
    expect(problem.errors[0]!.path).toBe('columns');
    expect(problem.errors[0]!.message).toContain('nosuch');
    expect((await admin.fetch(`/apps/${appId}/export.csv?columns=1bad`)).status).toBe(422);
  });
});

describe('导出含附件 (ZIP)', () => {
  it('holds the XLSX, every file and every signature, named by receipt code and field', async () => {
    const res = await admin.fetch(`/apps/${appId}/export.zip`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    const zip = await JSZip.loadAsync(await res.arrayBuffer());
    const names = Object.keys(zip.files);
    const workbook = names.find((n) => n.endsWith('.xlsx'));
    expect(workbook).toBeDefined();
    const { rowOf } = await readSheet((await zip.file(workbook!)!.async('arraybuffer')) as ArrayBuffer);
    expect(rowOf(receipt)).toBeDefined();
    const photo = `附件/${receipt}-身份证正反面、户口本首页及本人页照片-1.jpg`;
    expect(names).toContain(photo);
    expect(new Uint8Array(await zip.file(photo)!.async('uint8array'))).toEqual(PHOTO);
    const signature = zip.file(`附件/${receipt}-申请人（或代填人）签名.png`);
    expect([...(await signature!.async('uint8array')).slice(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    // The seeded demo submission's files travel too.
    expect(names.filter((n) => n.startsWith('附件/')).length).toBeGreaterThanOrEqual(4);
  });

  it('is refused outside the caller’s subtree', async () => {
    const other = await login(s.url, 'shuangxi-viewer');
    expect((await other.fetch(`/apps/${appId}/export.zip`)).status).toBe(404);
  });
});

describe('export progress', () => {
  it('counts rows in a header and reports 100 % when done, to its own official only', async () => {
    const res = await admin.fetch(`/apps/${appId}/export.xlsx?progress=console-0001`);
    expect(res.status).toBe(200);
    const total = Number(res.headers.get('x-export-rows'));
    expect(total).toBeGreaterThanOrEqual(2);
    await res.arrayBuffer();
    const p = await json(await admin.fetch('/exports/console-0001'));
    expect(p).toEqual({ total, done: total, percent: 100, state: 'done' });
    const other = await login(s.url, 'county-viewer');
    expect((await other.fetch('/exports/console-0001')).status).toBe(404);
    // A finished export cannot be cancelled any more.
    expect((await admin.fetch('/exports/console-0001', { method: 'DELETE' })).status).toBe(404);
  });

  it('refuses a malformed progress id naming the parameter', async () => {
    const res = await admin.fetch(`/apps/${appId}/export.csv?progress=${encodeURIComponent('../x')}`);
    expect(res.status).toBe(422);
    expect((await json<{ errors: Array<{ path: string }> }>(res)).errors[0]?.path).toBe('progress');
  });
});
