import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { Context } from 'hono';

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

/** A file under `root`, or undefined; `..` can never climb out of it. */
export async function readStatic(root: string, relative: string): Promise<{ body: Buffer; type: string } | undefined> {
  const path = normalize(join(root, decodeURIComponent(relative)));
  if (path !== root && !path.startsWith(root + sep)) return undefined;
  try {
    if (!(await stat(path)).isFile()) return undefined;
    return { body: await readFile(path), type: TYPES[extname(path)] ?? 'application/octet-stream' };
  } catch {
    return undefined;
  }
}

export function sendStatic(c: Context, file: { body: Buffer; type: string }, immutable: boolean): Response {
  // Vite fingerprints asset names, so they can be cached for good; HTML must be revalidated.
  c.header('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
  c.header('Content-Type', file.type);
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
