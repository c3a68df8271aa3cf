import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.ts';

// A fake runtime dist with the three kinds of file the resident pages and vendor widgets load.
const runtime = mkdtempSync(join(tmpdir(), 'sprout-runtime-dist-'));
mkdirSync(join(runtime, 'assets'));
mkdirSync(join(runtime, 'host'));
writeFileSync(join(runtime, 'assets/resident-abc123.js'), 'export {};');
writeFileSync(join(runtime, 'host/react.js'), 'export default 1;');
writeFileSync(join(runtime, 'widget-frame.html'), '<!doctype html><title>frame</title>');
writeFileSync(join(runtime, 'sw.js'), 'self.addEventListener("fetch", () => {});');

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ seed: false, app: { dist: { runtime } } });
});
afterAll(() => server.close());

describe('runtime files under /r/', () => {
  it('caches fingerprinted assets for good, and host modules and pages only until revalidated', async () => {
    const asset = await fetch(`${server.url}/r/assets/resident-abc123.js`);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    for (const path of ['/r/host/react.js', '/r/widget-frame.html']) {
      const res = await fetch(server.url + path);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-cache');
    }
  });

  it('lets a sandboxed widget frame (opaque origin) load them as module scripts, and nothing of the API', async () => {
    const res = await fetch(`${server.url}/r/host/react.js`, { headers: { origin: 'null' } });
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('content-type')).toContain('text/javascript');
    const api = await fetch(`${server.url}/api/v1/auth/me`, { headers: { origin: 'null' } });
    expect(api.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('serves the offline worker for the resident pages’ scopes, revalidated on every visit', async () => {
    const res = await fetch(`${server.url}/r/sw.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/javascript');
    expect(res.headers.get('service-worker-allowed')).toBe('/');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    const other = await fetch(`${server.url}/r/host/react.js`);
    expect(other.headers.get('service-worker-allowed')).toBeNull();
  });

  it('never climbs out of the dist folder', async () => {
    expect((await fetch(`${server.url}/r/..%2F..%2Fetc%2Fpasswd`)).status).toBe(404);
  });
});
