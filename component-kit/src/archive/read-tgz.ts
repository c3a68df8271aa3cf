import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import { archiveMessage, memberProblem, PACK_LIMITS, withoutPackageFolder } from '@sprout/shared/catalog/pack';
import type { Locale } from '@sprout/shared/i18n';
import type { Issue } from '@sprout/shared/result';
import { extract } from 'tar-stream';

/**
 * The regular files of a `.tgz`, by path, as the server will see them: members the server
 * refuses (paths escaping the archive, links, kinds it does not serve, files over its
 * limits) come back as issues with their paths, in the server's words, and a leading
 * `package/` folder (`npm pack`) is taken off.
 */
export async function readTgz(
  file: string,
  locale: Locale = 'zh-CN',
): Promise<{ files: Map<string, Buffer>; issues: Issue[] }> {
  const issues: Issue[] = [];
  const kept: Array<{ path: string; bytes: Buffer }> = [];
  let tar: Buffer;
  try {
    tar = gunzipSync(await readFile(file), { maxOutputLength: PACK_LIMITS.unpackedBytes + 1024 * 1024 });
  } catch {
    return { files: new Map(), issues: [{ path: '', message: archiveMessage('gzip', locale) }] };
  }
  const paths = new Set<string>();
  let total = 0;
  const reader = extract();
  const done = new Promise<void>((resolve, reject) => {
    reader.on('entry', (header, stream, next) => {
      const path = header.name.replace(/\/$/, '');
      const problem = memberProblem({ path, type: header.type ?? 'file', size: header.size ?? 0 }, paths);
      if (problem) issues.push({ path, message: archiveMessage(problem, locale) });
      const keep = !problem && header.type !== 'directory';
      if (keep) paths.add(path);
      const chunks: Buffer[] = [];
      stream.on('data', (c: unknown) => {
        if (keep) chunks.push(c as Buffer);
      });
      stream.on('end', () => {
        const bytes = Buffer.concat(chunks);
        total += bytes.length;
        if (total > PACK_LIMITS.unpackedBytes) issues.push({ path, message: archiveMessage('big', locale) });
        else if (keep) kept.push({ path, bytes });
        next();
      });
      stream.resume();
    });
    reader.on('finish', resolve);
    reader.on('error', reject);
  });
  Readable.from([tar]).pipe(reader);
  try {
    await done;
  } catch {
    issues.push({ path: '', message: archiveMessage('tar', locale) });
  }
  return { files: new Map(withoutPackageFolder(kept).map((f) => [f.path, f.bytes])), issues };
}
