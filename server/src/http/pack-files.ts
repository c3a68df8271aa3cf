import type { Hono } from 'hono';
import { pathProblem } from '@sprout/shared/catalog/pack';
import type { AppEnv } from './context.ts';

/**
 * Serves pack files at `/packs/<sha-256 of the archive>/<path>`: same origin (so the CSP's
 * `script-src 'self'` admits widgets and nothing else), the right JavaScript type, and
 * cached for a year because the hash in the URL names the bytes. A blocked pack's files
 * are gone (410), so no page can load them again from the server.
 */
export function mountPackFiles(app: Hono<AppEnv>): void {
  app.get('/packs/:sha256/*', async (c) => {
    const sha256 = c.req.param('sha256');
    const path = decodeURIComponent(c.req.path.slice(`/packs/${sha256}/`.length));
    if (!/^[0-9a-f]{64}$/.test(sha256) || pathProblem(path)) return c.notFound();
    const { storage } = c.get('deps');
    const file = await storage.packs.file(sha256, path);
    if (!file) return c.notFound();
    const pack = (await storage.packs.list()).find((p) => p.sha256 === sha256);
    if (pack?.blockedAt) return c.body(null, 410, { 'Cache-Control': 'no-store' });
    return c.body(file.bytes as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': file.contentType,
      'Cache-Control': 'public, max-age=31536000, immutable',
      'Cross-Origin-Resource-Policy': 'same-origin',
    });
  });
}
