import type { Locale } from '../../i18n/locale.ts';

/**
 * What one pack archive may hold; generous for widgets, far below anything that hurts the
 * server. The server refuses an upload over them and `sprout-pack validate` says so first.
 */
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

/** Why an archive or one of its members is refused, in both languages. */
const MESSAGES = {
  gzip: { 'zh-CN': '不是有效的 gzip 压缩包（.tgz）', en: 'Not a valid .tgz (gzip) archive' },
  tar: { 'zh-CN': '压缩包内容损坏', en: 'The tar archive inside is damaged' },
  big: {
    'zh-CN': `压缩包解开后超过 ${MB(PACK_LIMITS.unpackedBytes)} MB`,
    en: `Unpacked, the archive is over ${MB(PACK_LIMITS.unpackedBytes)} MB`,
  },
  count: { 'zh-CN': `文件数超过 ${PACK_LIMITS.files} 个`, en: `More than ${PACK_LIMITS.files} files` },
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

export type ArchiveProblem = keyof typeof MESSAGES;

/** The refusal's words in the caller's language. */
export function archiveMessage(problem: ArchiveProblem, locale: Locale): string {
  return MESSAGES[problem][locale];
}

/** One tar header as a reader sees it: the path without a trailing slash, the entry type, the size. */
export interface ArchiveMember {
  path: string;
  type: string;
  size: number;
}

/**
 * Why one member is refused, given the paths and files kept so far; undefined for a folder
 * (skipped) or a file to keep. The server and `sprout-pack validate` read archives alike.
 */
export function memberProblem(member: ArchiveMember, kept: ReadonlySet<string>): ArchiveProblem | undefined {
  if (member.type === 'directory') return undefined;
  if (member.type !== 'file') return 'type';
  if (pathProblem(member.path)) return 'path';
  if (!packContentType(member.path)) return 'kind';
  if (member.size > PACK_LIMITS.fileBytes) return 'file';
  if (kept.has(member.path)) return 'twice';
  if (kept.size >= PACK_LIMITS.files) return 'count';
  return undefined;
}

/** Takes off the leading `package/` folder `npm pack` writes, when every file is inside it. */
export function withoutPackageFolder<T extends { path: string }>(files: readonly T[]): T[] {
  if (!files.every((f) => f.path.startsWith('package/'))) return [...files];
  return files.map((f) => ({ ...f, path: f.path.slice('package/'.length) }));
}
