import { Readable } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import {
  type ArchiveProblem,
  archiveMessage,
  memberProblem,
  PACK_LIMITS,
  packContentType,
  withoutPackageFolder,
} from '@sprout/shared/catalog/pack';
import type { Locale } from '@sprout/shared/i18n';
import type { Issue } from '@sprout/shared/result';
import { extract } from 'tar-stream';

export interface PackArchiveFile {
  path: string;
  contentType: string;
  bytes: Uint8Array;
}

export type ArchiveResult = { ok: true; files: PackArchiveFile[] } | { ok: false; issues: Issue[] };

/**
 * Reads a `.tgz` pack entirely in memory (nothing touches the disk, so no path can land
 * outside the data folder) and refuses anything unexpected with the member's path, by the
 * rules `sprout-pack validate` applies too (shared's `memberProblem`). A leading
 * `package/` folder, as `npm pack` writes, is taken off. Messages are in `locale`.
 */
export async function readPackArchive(bytes: Uint8Array, locale: Locale = 'zh-CN'): Promise<ArchiveResult> {
  const say = (problem: ArchiveProblem) => archiveMessage(problem, locale);
  let tar: Buffer;
  try {
    tar = gunzipSync(bytes, { maxOutputLength: PACK_LIMITS.unpackedBytes + 1024 * 1024 });
  } catch (e) {
    const tooBig = (e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE';
    return { ok: false, issues: [{ path: '', message: say(tooBig ? 'big' : 'gzip') }] };
  }
  const members: PackArchiveFile[] = [];
  const issues: Issue[] = [];
  try {
    await collectMembers(tar, members, issues, say);
  } catch {
    return { ok: false, issues: [...issues, { path: '', message: say('tar') }] };
  }
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, files: withoutPackageFolder(members) };
}

async function collectMembers(
  tar: Buffer,
  members: PackArchiveFile[],
  issues: Issue[],
  say: (problem: ArchiveProblem) => string,
): Promise<void> {
  const kept = new Set<string>();
  let total = 0;
  const reader = extract();
  const done = new Promise<void>((resolve, reject) => {
    reader.on('finish', resolve);
    reader.on('error', reject);
  });
  reader.on('entry', (header, stream, next) => {
    const path = header.name.replace(/\/$/, '');
    const skip = () => {
      stream.on('end', next);
      stream.resume();
    };
    const problem = memberProblem({ path, type: header.type ?? 'file', size: header.size ?? 0 }, kept);
    if (problem) issues.push({ path, message: say(problem) });
    if (problem || header.type === 'directory') return skip();
    kept.add(path);
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: unknown) => chunks.push(chunk as Buffer));
    stream.on('end', () => {
      const data = Buffer.concat(chunks);
      total += data.length;
      if (total > PACK_LIMITS.unpackedBytes) issues.push({ path, message: say('big') });
      else members.push({ path, contentType: packContentType(path) as string, bytes: new Uint8Array(data) });
      next();
    });
  });
  Readable.from([tar]).pipe(reader);
  await done;
}
