import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.ts';

// A built runtime as `npm run build` leaves it: an asset with its brotli and gzip copies.
const runtime = mkdtempSync(join(tmpdir(), 'sprout-precompressed-'));
mkdirSync(join(runtime, 'assets'));
const script = `export const rows = [${Array.from({ length: 400 }, (_, i) => `"第 ${i} 行"`).join(',')}];\n`;
writeFileSync(join(runtime, 'assets/resident-abc123.js'), script);
writeFileSync(join(runtime, 'assets/tiny-1.js'), 'export {};');
execFileSync(process.execPath, [resolve(import.meta.dirname, '../../scripts/precompress.mjs'), runtime]);

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ app: { dist: { runtime } } });
});
afterAll(() => server.close());

const get = (path: string, acceptEncoding?: string) =>
  fetch(server.url + path, acceptEncoding === undefined ? {} : { headers: { 'accept-encoding': acceptEncoding } });

describe('static files: the build’s precompressed copies', () => {
  it('answers brotli, else gzip, else the plain file, by Accept-Encoding, and says Vary', async () => {
    for (const [accept, coding] of [
      ['gzip, deflate, br', 'br'],
      ['gzip', 'gzip'],
      ['br;q=0, gzip;q=0.5', 'gzip'],
      ['identity', null],
    ] as const) {
      const res = await get('/r/assets/resident-abc123.js', accept);
      expect(res.headers.get('content-encoding')).toBe(coding);
      expect(res.headers.get('vary')).toContain('Accept-Encoding');
      expect(res.headers.get('content-type')).toContain('text/javascript');
      // fetch decodes the body: every coding gives back the same script.
      expect(await res.text()).toBe(script);
    }
  });

  it('sends files too small to be worth compressing as they are', async () => {
    const res = await get('/r/assets/tiny-1.js', 'br, gzip');
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(await res.text()).toBe('export {};');
  });
});

describe('JSON answers', () => {
  it('compresses a published definition for clients that accept it, and leaves tiny answers alone', async () => {
    const plain = await get('/api/v1/public/apps/health-code', 'identity');
    const raw = await plain.text();
    expect(raw.length).toBeGreaterThan(1024);
    expect(plain.headers.get('content-encoding')).toBeNull();
    // A cache must not hand this plain answer to a client that accepts brotli, or the reverse.
    expect(plain.headers.get('vary')).toContain('Accept-Encoding');
    const br = await get('/api/v1/public/apps/health-code', 'br');
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toContain('Accept-Encoding');
    // Compressing keeps every header the other middleware set.
    expect(br.headers.get('x-content-type-options')).toBe('nosniff');
    expect(br.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(await br.text()).toBe(raw);
    const gz = await get('/api/v1/public/apps/health-code', 'gzip');
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(JSON.parse(await gz.text())).toEqual(JSON.parse(raw));
    const health = await get('/api/v1/health', 'br, gzip');
    expect(health.headers.get('content-encoding')).toBeNull();
    expect(health.headers.get('vary')).toContain('Accept-Encoding');
    expect(health.headers.get('x-content-type-options')).toBe('nosniff');
    expect(health.status).toBe(200);
  });
});

describe('the resident page carries its published app', () => {
  it('puts the same body as GET /public/apps/:slug into /a/:slug as inert, escaped JSON, compressed', async () => {
    writeFileSync(
      join(runtime, 'resident.html'),
      '<!doctype html><html><head><title>萌芽</title></head><body></body></html>',
    );
    const county = (await server.storage.orgs.byCode('330110'))!;
    const definition = (await server.storage.apps.published('health-code'))!.definition;
    const title = '</script><script>alert(1)</script>';
    const app = await server.storage.apps.create({
      orgId: county.id,
      slug: 'inline-escape',
      title,
      draft: definition,
      createdBy: null,
      now: '2026-03-02T02:00:00Z',
    });
    await server.storage.apps.publish(app.id, definition, null, '2026-03-02T02:00:00Z');

    const page = await get('/a/inline-escape', 'br');
    expect(page.headers.get('content-encoding')).toBe('br');
    const html = await page.text();
    expect(html.match(/<script/g)).toHaveLength(1);
    const json = /<script type="application\/json" id="sprout-published-app">(.*?)<\/script>/s.exec(html)?.[1];
    const api = await (await get('/api/v1/public/apps/inline-escape')).json();
    expect(JSON.parse(json!)).toEqual(api);
    expect((api as { app: { title: string } }).app.title).toBe(title);

    const unknown = await (await get('/a/no-such-app')).text();
    expect(unknown).not.toContain('sprout-published-app');
  });
});
