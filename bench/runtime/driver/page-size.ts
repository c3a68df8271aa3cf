import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageSize {
  /** The JS files the page loads at start: its module scripts and their modulepreloads. */
  files: string[];
  rawBytes: number;
  gzipBytes: number;
}

const TAG = /<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g;

/**
 * The JS a built HTML page loads before it can run, gzipped (level 6, as servers send it)
 * file by file and summed. `base` is the URL prefix the page's assets were built under.
 */
export async function measurePageJs(htmlFile: string, base = ''): Promise<PageSize> {
  const html = await readFile(htmlFile, 'utf8');
  const root = dirname(htmlFile);
  const urls = [...new Set([...html.matchAll(TAG)].map((m) => m[1]!))];
  const files = urls.map((url) =>
    base && url.startsWith(base) ? join(root, url.slice(base.length)) : join(root, url),
  );
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const bytes = await readFile(file);
    rawBytes += bytes.length;
    gzipBytes += gzipSync(bytes, { level: 6 }).length;
  }
  return { files, rawBytes, gzipBytes };
}
