import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { SECURITY_HEADERS } from '../src/http/security-headers.ts';
import { createSqliteStorage } from '../src/storage/sqlite/index.ts';
import { startTestServer, type TestServer } from './harness.ts';

const expectEvery = (res: Response) => {
  for (const [name, value] of SECURITY_HEADERS) expect(res.headers.get(name), name).toBe(value);
};

describe('security headers', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('go on every answer over HTTP: JSON, a problem, a page', async () => {
    for (const path of ['/api/v1/health', '/api/v1/no-such-route', '/verify']) {
      const res = await fetch(`${server.url}${path}`);
      await res.arrayBuffer();
      expectEvery(res);
    }
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
      expectEvery(await app.request('/api/v1/health'));
      expectEvery(await app.request('/api/v1/no-such-route'));
    } finally {
      await storage.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
