import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { Context } from 'hono';
import { acceptedCodings } from './accept-encoding.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.map': 'application/json',
};

export interface StaticFile {
  body: Buffer;
  type: string;
  /** `br` or `gzip` when the body is the build's precompressed copy (scripts/precompress.mjs). */
  encoding?: 'br' | 'gzip';
}

const isFile = (path: string) =>
  stat(path).then(
    (s) => s.isFile(),
    () => false,
  );

/** Which precompressed copies the client takes, best first. */
function acceptedCopies(acceptEncoding: string | undefined): Array<['br' | 'gzip', string]> {
  const accepted = acceptedCodings(acceptEncoding);
  const copies: Array<['br' | 'gzip', string]> = [];
  if (accepted.has('br')) copies.push(['br', '.br']);
  if (accepted.has('gzip')) copies.push(['gzip', '.gz']);
  return copies;
}

/**
 * A file under `root`, or undefined; `..` can never climb out of it. With the request's
 * Accept-Encoding, the build's brotli or gzip copy is answered when there is one.
 */
export async function readStatic(
  root: string,
  relative: string,
  acceptEncoding?: string,
): Promise<StaticFile | undefined> {
  const path = normalize(join(root, decodeURIComponent(relative)));
  if (path !== root && !path.startsWith(root + sep)) return undefined;
  if (!(await isFile(path))) return undefined;
  const type = TYPES[extname(path)] ?? 'application/octet-stream';
  for (const [encoding, suffix] of acceptedCopies(acceptEncoding)) {
    if (await isFile(path + suffix)) return { body: await readFile(path + suffix), type, encoding };
  }
  try {
    return { body: await readFile(path), type };
  } catch {
    return undefined;
  }
}

export function sendStatic(c: Context, file: StaticFile, immutable: boolean): Response {
  // Vite fingerprints asset names, so they can be cached for good; HTML must be revalidated.
  c.header('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
  c.header('Content-Type', file.type);
  // Caches must keep the copies apart: the same URL answers brotli, gzip or plain bytes.
  c.header('Vary', 'Accept-Encoding', { append: true });
  if (file.encoding) c.header('Content-Encoding', file.encoding);
  return c.body(new Uint8Array(file.body));
}

export function notBuilt(c: Context, what: string): Response {
  return c.html(
    `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>萌芽 Sprout</title>
<h1>${what} 尚未构建 / not built yet</h1>
<p>请在仓库根目录运行 <code>npm run build</code>（或 <code>npm start</code>，它会先构建）。</p>
<p>Run <code>npm run build</code> at the repository root (or <code>npm start</code>, which builds first).</p>`,
    503,
  );
}
