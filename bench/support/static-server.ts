import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, request, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

export interface StaticServerOptions {
  /** Requests under this prefix go to `target` unchanged (headers included), e.g. `/api/` to the real server. */
  proxy?: { prefix: string; target: string };
  /** Answer unknown paths with this file (a single-page app's index.html). */
  fallback?: string;
}

function forward(req: IncomingMessage, res: ServerResponse, target: string): void {
  const upstream = request(new URL(req.url ?? '/', target), { method: req.method, headers: req.headers }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(res);
  });
  upstream.on('error', () => res.writeHead(502).end());
  req.pipe(upstream);
}

async function findFile(dir: string, urlPath: string, fallback?: string): Promise<string | null> {
  const path = normalize(decodeURIComponent(urlPath));
  const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
  const info = file.startsWith(dir) ? await stat(file).catch(() => null) : null;
  if (info?.isFile()) return file;
  return fallback && !extname(path) ? join(dir, fallback) : null;
}

/** Serves a built folder on 127.0.0.1 at a free port; nothing outside the folder. */
export async function serveStatic(dir: string, options: StaticServerOptions = {}): Promise<StaticServer> {
  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://x');
    if (options.proxy && pathname.startsWith(options.proxy.prefix)) return forward(req, res, options.proxy.target);
    const file = await findFile(dir, pathname, options.fallback);
    if (!file) return void res.writeHead(404).end();
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
