import { Readable } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import type { Locale } from '@sprout/shared/i18n';
import type { Issue } from '@sprout/shared/result';
import { extract } from 'tar-stream';

/** What one pack archive may hold; generous for widgets, far below anything that hurts the server. */
export const PACK_LIMITS = {
  // The API takes at most 2 MB a request body; a pack is one request.
  archiveBytes: 2 * 1024 * 1024,
  unpackedBytes: 20 * 1024 * 1024,
  fileBytes: 2 * 1024 * 1024,
  files: 200,
} as const;

const CONTENT_TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
  map: 'application/json; charset=utf-8',
  css: 'text/css; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  webp: 'image/webp',
};

export interface PackArchiveFile {
  path: string;
  contentType: string;
  bytes: Uint8Array;
}

export type ArchiveResult = { ok: true; files: PackArchiveFile[] } | { ok: false; issues: Issue[] };

/** The content type a pack file is served with; undefined for a kind a pack may not hold. */
export function packContentType(path: string): string | undefined {
  const ext = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase();
  if (ext === undefined) return /(^|\/)(LICENSE|NOTICE)$/.test(path) ? 'text/plain; charset=utf-8' : undefined;
  return CONTENT_TYPES[ext];
}

/**
 * Why a member path is refused, or undefined when it is a plain relative path inside the
 * archive. Refused: absolute paths, `..` or `.` segments, backslashes, control characters.
 */
export function pathProblem(path: string): string | undefined {
  if (path === '' || path.length > 200) return 'length';
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path)) return 'absolute';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
  if (/[\\\u0000-\u001f]/.test(path)) return 'characters';
  if (path.split('/').some((segment) => segment === '..' || segment === '.' || segment === '')) return 'escape';
  return undefined;
}

const MB = (bytes: number) => bytes / 1024 / 1024;

/** Why an archive or one of its members is refused, in both languages; the caller's is picked once. */
const MESSAGES = {
  gzip: { 'zh-CN': '不是有效的 gzip 压缩包（.tgz）', en: 'Not a valid .tgz (gzip) archive' },
  tar: { 'zh-CN': '压缩包内容损坏', en: 'The tar archive inside is damaged' },
  big: {
    'zh-CN': `压缩包解开后超过 ${MB(PACK_LIMITS.unpackedBytes)} MB`,
    en: `Unpacked, the archive is over ${MB(PACK_LIMITS.unpackedBytes)} MB`,
  },
  count: {
    'zh-CN': `文件数超过 ${PACK_LIMITS.files} 个`,
    en: `More than ${PACK_LIMITS.files} files`,
  },
  file: {
    'zh-CN': `单个文件超过 ${MB(PACK_LIMITS.fileBytes)} MB`,
    en: `The file is over ${MB(PACK_LIMITS.fileBytes)} MB`,
  },
  type: {
    'zh-CN': '只能包含普通文件和文件夹，不能有链接或设备文件',
    en: 'Only regular files and folders; no links or devices',
  },
  kind: {
    'zh-CN': '不允许的文件类型，只收 .js .mjs .json .map .css .md .txt .svg .png .webp 与 LICENSE',
    en: 'File kind not allowed: only .js .mjs .json .map .css .md .txt .svg .png .webp and LICENSE',
  },
  path: {
    'zh-CN': '文件路径越出压缩包或不合规范',
    en: 'The path escapes the archive or is not a plain relative path',
  },
  twice: { 'zh-CN': '同一路径出现两次', en: 'The same path appears twice' },
} satisfies Record<string, Record<Locale, string>>;

type Messages = { [K in keyof typeof MESSAGES]: string };

const messagesIn = (locale: Locale): Messages =>
  Object.fromEntries(Object.entries(MESSAGES).map(([k, text]) => [k, text[locale]])) as Messages;

/**
 * Reads a `.tgz` pack entirely in memory (nothing touches the disk, so no path can land
 * outside the data folder) and refuses anything unexpected with the member's path.
 * A leading `package/` folder, as `npm pack` writes, is taken off. Messages are in `locale`.
 */
export async function readPackArchive(bytes: Uint8Array, locale: Locale = 'zh-CN'): Promise<ArchiveResult> {
  const text = messagesIn(locale);
  let tar: Buffer;
  try {
    tar = gunzipSync(bytes, { maxOutputLength: PACK_LIMITS.unpackedBytes + 1024 * 1024 });
  } catch (e) {
    const tooBig = (e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE';
    return { ok: false, issues: [{ path: '', message: tooBig ? text.big : text.gzip }] };
  }
  const members: PackArchiveFile[] = [];
  const issues: Issue[] = [];
  try {
    await collectMembers(tar, members, issues, text);
  } catch {
    return { ok: false, issues: [...issues, { path: '', message: text.tar }] };
  }
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, files: stripPackageFolder(members) };
}

async function collectMembers(tar: Buffer, members: PackArchiveFile[], issues: Issue[], text: Messages): Promise<void> {
  const seen = new Set<string>();
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
    const refuse = (message: string) => {
      issues.push({ path, message });
      skip();
    };
    if (header.type === 'directory') return skip();
    if (header.type !== 'file') return refuse(text.type);
    if (pathProblem(path)) return refuse(text.path);
    if (!packContentType(path)) return refuse(text.kind);
    if ((header.size ?? 0) > PACK_LIMITS.fileBytes) return refuse(text.file);
    if (seen.has(path)) return refuse(text.twice);
    if (members.length >= PACK_LIMITS.files) return refuse(text.count);
    seen.add(path);
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: unknown) => chunks.push(chunk as Buffer));
    stream.on('end', () => {
      const data = Buffer.concat(chunks);
      total += data.length;
      if (total > PACK_LIMITS.unpackedBytes) issues.push({ path, message: text.big });
      else members.push({ path, contentType: packContentType(path) as string, bytes: new Uint8Array(data) });
      next();
    });
  });
  Readable.from([tar]).pipe(reader);
  await done;
}

function stripPackageFolder(files: PackArchiveFile[]): PackArchiveFile[] {
  if (!files.every((f) => f.path.startsWith('package/'))) return files;
  return files.map((f) => ({ ...f, path: f.path.slice('package/'.length) }));
}
