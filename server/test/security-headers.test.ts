import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { API_SECURITY_HEADERS, PAGE_SECURITY_HEADERS } from '../src/http/security-headers.ts';
import { createSqliteStorage } from '../src/storage/sqlite/index.ts';
import { startTestServer, type TestServer } from './harness.ts';

const expectAll = (res: Response, set: typeof API_SECURITY_HEADERS) => {
  for (const [name, value] of set) expect(res.headers.get(name), name).toBe(value);
};
const expectApi = (res: Response) => {
  expectAll(res, API_SECURITY_HEADERS);
  // Document-only headers stay off data: each line costs both ends of every request.
  for (const name of ['cross-origin-opener-policy', 'origin-agent-cluster', 'x-dns-prefetch-control'])
    expect(res.headers.get(name), name).toBeNull();
};

describe('security headers', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it("go on every API answer over HTTP, the API's set: JSON, a problem, an unknown route", async () => {
    for (const path of ['/api/v1/health', '/api/v1/public/apps/no-such-app', '/api/v1/no-such-route']) {
      const res = await fetch(`${server.url}${path}`);
      await res.arrayBuffer();
      expectApi(res);
    }
  });

  it('go on every page and file answer, the full page set', async () => {
    for (const path of ['/verify', '/a/no-such-app', '/.well-known/no-such-file']) {
      const res = await fetch(`${server.url}${path}`);
      await res.arrayBuffer();
      expectAll(res, PAGE_SECURITY_HEADERS);
    }
  });

  it('let an API route keep its own cache policy', async () => {
    const res = await fetch(`${server.url}/api/v1/divisions`);
    await res.arrayBuffer();
    expect(res.headers.get('cache-control')).toMatch(/^public/);
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  });

  it('leave a header a route set itself: the JWKS may be read cross-origin', async () => {
    const res = await fetch(`${server.url}/.well-known/jwks.json`);
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('are added by app.fetch alone too (no Node response to put them on)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sprout-headers-'));
    const storage = createSqliteStorage({ file: join(dir, 'x.db'), divisions: 'fixture' });
    try {
      const app = createApp({ storage });
      expectApi(await app.request('/api/v1/health'));
      expectApi(await app.request('/api/v1/no-such-route'));
      expectAll(await app.request('/verify'), PAGE_SECURITY_HEADERS);
    } finally {
      await storage.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
