import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installPack } from './install-pack.ts';

// What the kit sends, seen from a loopback server shaped like Sprout's sign-in and upload
// (the server's own answers in each language are tested in server/test/packs.test.ts).
const seen: Array<{ url: string; headers: IncomingHttpHeaders }> = [];
const server = createServer((req, res) => {
  seen.push({ url: req.url ?? '', headers: req.headers });
  req.resume();
  req.on('end', () => {
    if (req.url === '/api/v1/auth/login') {
      res.writeHead(200, { 'content-type': 'application/json', 'set-cookie': 'sprout_session=s1; HttpOnly' });
      res.end(JSON.stringify({ csrfToken: 'c1' }));
      return;
    }
    const en = req.headers['accept-language'] === 'en';
    res.writeHead(422, { 'content-type': 'application/problem+json' });
    res.end(
      JSON.stringify({
        title: en ? 'Invalid input' : '填写内容有误',
        errors: [{ path: '../evil.js', message: en ? 'The path escapes the archive' : '文件路径越出压缩包' }],
      }),
    );
  });
});
const dir = mkdtempSync(join(tmpdir(), 'sprout-kit-install-'));
const file = join(dir, 'acme-plate-number-1.0.0.tgz');
let url = '';

beforeAll(async () => {
  writeFileSync(file, 'not really a pack');
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('installPack', () => {
  it('asks for the server’s messages in the vendor’s language on every request', async () => {
    seen.length = 0;
    const result = await installPack({ server: url, file, user: 'acme', password: 'pw', locale: 'en' });
    expect(seen.map((r) => [r.url, r.headers['accept-language']])).toEqual([
      ['/api/v1/auth/login', 'en'],
      ['/api/v1/catalog/packs', 'en'],
    ]);
    expect(seen[1]?.headers).toMatchObject({ 'x-csrf-token': 'c1', cookie: 'sprout_session=s1' });
    expect(result).toEqual({
      ok: false,
      status: 422,
      problem: { title: 'Invalid input', errors: [{ path: '../evil.js', message: 'The path escapes the archive' }] },
    });
  });

  it('asks for Chinese by default', async () => {
    seen.length = 0;
    const result = await installPack({ server: url, file, user: 'acme', password: 'pw' });
    expect(seen.map((r) => r.headers['accept-language'])).toEqual(['zh-CN', 'zh-CN']);
    expect(result.ok === false && result.problem.errors?.[0]?.message).toBe('文件路径越出压缩包');
  });
});
