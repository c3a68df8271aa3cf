import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '../..');
export const GUIDE_IMG = resolve(ROOT, 'docs/guide/img');
export const DEMO_PASSWORD = 'sprout-demo-1';
/** An official's browser context: Chinese, China time. */
export const ZH = { locale: 'zh-CN', timezoneId: 'Asia/Shanghai' } as const;

/**
 * Reads an XLSX back as rows of cell values, with exceljs taken from the server package
 * (its XLSX writer's own library), so the root needs no copy of it.
 */
export async function readXlsxRows(bytes: Buffer): Promise<unknown[][]> {
  const req = createRequire(resolve(ROOT, 'server/package.json'));
  const ExcelJS = req('exceljs') as {
    Workbook: new () => {
      xlsx: { load(data: Buffer): Promise<unknown> };
      worksheets: Array<{ eachRow(cb: (row: { values: unknown }) => void): void }>;
    };
  };
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes);
  const rows: unknown[][] = [];
  book.worksheets[0]?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

/** A guide picture of the real product: docs/guide/img/<name>.png, viewport only, so it stays small. */
export async function guideShot(page: Page, name: string, around?: string): Promise<void> {
  mkdirSync(GUIDE_IMG, { recursive: true });
  // Fonts (Noto CJK) and lazy chunks must be in before the picture is taken.
  await page.evaluate(() => document.fonts.ready);
  // `around`: only that element and a margin (a gradient background makes a whole-page PNG heavy).
  const box = around ? await page.locator(around).boundingBox() : null;
  const clip = box
    ? { x: Math.max(0, box.x - 40), y: Math.max(0, box.y - 40), width: box.width + 80, height: box.height + 80 }
    : undefined;
  await page.screenshot({ path: resolve(GUIDE_IMG, `${name}.png`), animations: 'disabled', caret: 'hide', clip });
}

/** Signs in through the login page, then opens `path`. */
export async function signInAt(page: Page, base: string, username: string, password = DEMO_PASSWORD, path = '/home') {
  await page.goto(`${base}/login`);
  // Generous: the shared test machine can be slow to start a fresh browser context.
  await page.getByLabel('用户名').waitFor({ timeout: 90_000 });
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  await page.locator('.topbar').waitFor();
  if (path !== '/apps') await page.goto(`${base}${path}`);
}

export interface ApiSession {
  get<T>(path: string): Promise<T>;
}

/** Calls the API as a demo user from the test itself (to set up data or look ids up). */
export async function apiAs(base: string, username: string, password = DEMO_PASSWORD): Promise<ApiSession> {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!res.ok) throw new Error(`login of ${username} answered ${res.status}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return {
    get: async <T>(path: string) => {
      const r = await fetch(`${base}/api/v1${path}`, { headers: { cookie } });
      if (!r.ok) throw new Error(`GET ${path} answered ${r.status}`);
      return (await r.json()) as T;
    },
  };
}

/** RFC 4180 reader, enough to read the export back. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n') {
      row.push(field.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}
