import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, login, request, startTestServer, type Client, type TestServer } from './harness.ts';
import { healthValues } from './valid-values.ts';
import { maskValue } from '@sprout/shared/masking';

let s: TestServer;
let viewer: Client;
let appId = 0;
const NAMES = ['王"引号"', '李,逗号', '张\n换行', '=SUM(A1)', ...Array.from({ length: 8 }, (_, i) => `居民${i}`)];
/** The name field is L3: lists and a viewer's exports show it masked. */
const masked = (name: string) => maskValue(name, { kind: 'name' }) as string;

beforeAll(async () => {
  s = await startTestServer();
  viewer = await login(s.url, 'county-viewer');
  const apps = await json<{ items: Array<{ id: number; slug: string }> }>(await viewer.fetch('/apps'));
  appId = apps.items.find((a) => a.slug === 'health-code')?.id ?? 0;
  for (const [i, name] of NAMES.entries()) {
    s.clock.advance(60_000);
    const temperature = i % 3 === 0 ? 37.8 : 36.4;
    const res = await request(s.url, '/public/apps/health-code/submissions', {
      method: 'POST',
      json: { version: 1, consentVersion: 1, values: healthValues({ name, temperature }) },
      headers: { 'idempotency-key': `export-${i}` },
    });
    expect(res.status).toBe(201);
  }
});
afterAll(() => s.close());

const SEEDED = 3;

/** RFC 4180 reader, enough to check that what we wrote parses back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const next = text[i + 1];
    if (quoted && ch === '"' && next === '"') {
      field += '"';
      i++;
    } else if (quoted && ch === '"') quoted = false;
    else if (quoted) field += ch;
    else if (ch === '"') quoted = true;
    else if (ch === ',') endField();
    else if (ch === '\r' && next === '\n') {
      endField();
      rows.push(row);
      row = [];
      i++;
    } else field += ch;
  }
  return rows;
}

describe('submissions for officials', () => {
  it('lists newest first with keyset pages that cover every row once', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: Array<{ receiptCode: string; values: { name: string } }>; nextCursor: string | null } =
        await json(await viewer.fetch(`/apps/${appId}/submissions?limit=5${cursor ? `&cursor=${cursor}` : ''}`));
      seen.push(...page.items.map((i) => i.values.name));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(NAMES.length + SEEDED);
    expect(seen.slice(0, NAMES.length)).toEqual([...NAMES].reverse().map(masked));
  });

  it('filters by text, date range and status', async () => {
    const q = await json<{ items: Array<{ values: { name: string } }> }>(
      await viewer.fetch(`/apps/${appId}/submissions?q=${encodeURIComponent('逗号')}`),
    );
    expect(q.items.map((i) => i.values.name)).toEqual([masked('李,逗号')]);
    const from = new Date(s.clock.now().getTime() - 3.5 * 60_000).toISOString();
    const recent = await json<{ items: unknown[] }>(await viewer.fetch(`/apps/${appId}/submissions?from=${from}`));
    expect(recent.items).toHaveLength(4);
    const pending = await json<{ items: unknown[] }>(await viewer.fetch(`/apps/${appId}/submissions?status=pending`));
    expect(pending.items).toHaveLength(0);
  });

  it('shows one submission with its history', async () => {
    const list = await json<{ items: Array<{ id: number }> }>(await viewer.fetch(`/apps/${appId}/submissions?limit=1`));
    const detail = await json<{ id: number; outcome: { code: string }; history: Array<{ toStatus: string }> }>(
      await viewer.fetch(`/apps/${appId}/submissions/${list.items[0]?.id}`),
    );
    expect(detail.id).toBe(list.items[0]?.id);
    expect(detail.history[0]?.toStatus).toBe('received');
  });

  it('exports CSV in UTF-8 with a BOM that parses back to the same values (whole for sensitive:read)', async () => {
    const admin = await login(s.url, 'county-admin');
    const res = await admin.fetch(`/apps/${appId}/export.csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(new TextDecoder().decode(bytes.slice(3)));
    const header = rows[0] ?? [];
    expect(header.slice(0, 2)).toEqual(['回执码', '提交时间']);
    const nameCol = header.indexOf('姓名');
    expect(nameCol).toBeGreaterThan(0);
    expect(rows).toHaveLength(1 + NAMES.length + SEEDED);
    const names = rows.slice(1, 1 + NAMES.length).map((r) => r[nameCol]);
    // Formula-like text is defused with a leading quote so Excel never evaluates it.
    expect(names).toEqual([...NAMES].reverse().map((n) => (n.startsWith('=') ? `'${n}` : n)));
    expect(header).toContain('结果');
  });

  it('exports XLSX that exceljs reads back', async () => {
    const res = await viewer.fetch(`/apps/${appId}/export.xlsx`);
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    const sheet = book.worksheets[0]!;
    expect(sheet.rowCount).toBe(1 + NAMES.length + SEEDED);
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const nameCol = header.indexOf('姓名') + 1;
    expect(sheet.getRow(2).getCell(nameCol).value).toBe(masked(NAMES[NAMES.length - 1]!));
    const temperatureCol = header.indexOf('今日体温') + 1;
    expect(typeof sheet.getRow(2).getCell(temperatureCol).value).toBe('number');
  });

  it('exports JSON with the same filters as the list, and audits every export', async () => {
    const all = await json<Array<{ values: { name: string } }>>(await viewer.fetch(`/apps/${appId}/export.json`));
    expect(all).toHaveLength(NAMES.length + SEEDED);
    const some = await json<Array<{ values: { name: string } }>>(
      await viewer.fetch(`/apps/${appId}/export.json?q=${encodeURIComponent('居民')}`),
    );
    expect(some).toHaveLength(8);
    const admin = await login(s.url, 'county-admin');
    const log = await json<{ items: Array<{ action: string; detail: { format: string } }> }>(
      await admin.fetch('/audit'),
    );
    const formats = log.items.filter((e) => e.action === 'submissions.export').map((e) => e.detail.format);
    expect(formats.sort()).toEqual(['csv', 'json', 'json', 'xlsx']);
  });
});
