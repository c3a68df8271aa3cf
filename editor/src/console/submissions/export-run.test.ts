import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExportProgressView, startExport } from './export-run.ts';

// A real loopback server: the export streams slowly, and the progress answers what was sent.
let server: Server;
let base = '';
let sent = 0;
let cancelledId = '';
const ROWS = 4;

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname.startsWith('/api/v1/exports/')) {
      if (req.method === 'DELETE') {
        cancelledId = url.pathname.split('/').pop() ?? '';
        res.writeHead(204).end();
        return;
      }
      const view: ExportProgressView = { total: ROWS, done: sent, percent: (sent / ROWS) * 100, state: 'running' };
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(view));
      return;
    }
    sent = 0;
    res.writeHead(200, { 'content-type': 'text/csv', 'content-disposition': 'attachment; filename="a.csv"' });
    const timer = setInterval(() => {
      if (res.destroyed) return clearInterval(timer);
      res.write(`row ${++sent}\r\n`);
      if (sent === ROWS) {
        clearInterval(timer);
        res.end();
      }
    }, 60);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const request = async <T>(method: string, path: string) => {
  const res = await fetch(`${base}/api/v1${path}`, { method });
  return (res.status === 204 ? undefined : await res.json()) as T;
};

describe('startExport', () => {
  it('reports the server’s percentage while bytes arrive, and 100 at the end', async () => {
    const seen: Array<number | null> = [];
    const run = startExport({
      url: `${base}/api/v1/apps/1/export.csv`,
      progressId: 'test-0001',
      locale: 'zh-CN',
      request,
      onProgress: (p) => seen.push(p),
      pollMs: 50,
    });
    const done = await run.result;
    expect(await done?.blob.text()).toBe('row 1\r\nrow 2\r\nrow 3\r\nrow 4\r\n');
    expect(seen.some((p) => p !== null && p > 0 && p < 100)).toBe(true);
    expect(seen.at(-1)).toBe(100);
  });

  it('drops the download and tells the server to stop on cancel', async () => {
    const run = startExport({
      url: `${base}/api/v1/apps/1/export.csv`,
      progressId: 'test-0002',
      locale: 'zh-CN',
      request,
      onProgress: () => {},
      pollMs: 50,
    });
    await new Promise((r) => setTimeout(r, 100));
    run.cancel();
    expect(await run.result).toBeNull();
    await expect.poll(() => cancelledId).toBe('test-0002');
  });
});
