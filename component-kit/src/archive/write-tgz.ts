import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { pack } from 'tar-stream';

export interface ArchiveEntry {
  /** Path inside the archive, with `/` separators and no leading `/` or `..`. */
  name: string;
  content: string | Uint8Array;
}

/**
 * Writes a gzipped tar of regular files only, with fixed dates and modes, so the same
 * pack built twice has the same bytes (and the server's content hash stays put).
 */
export async function writeTgz(file: string, entries: readonly ArchiveEntry[]): Promise<void> {
  const tar = pack();
  const done = pipeline(tar, createGzip({ level: 9 }), createWriteStream(file));
  for (const entry of [...entries].sort((a, b) => a.name.localeCompare(b.name))) {
    const body = typeof entry.content === 'string' ? Buffer.from(entry.content, 'utf8') : Buffer.from(entry.content);
    tar.entry({ name: entry.name, size: body.length, mode: 0o644, mtime: new Date(0), type: 'file' }, body);
  }
  tar.finalize();
  await done;
}
