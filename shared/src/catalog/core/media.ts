import { T } from '../../expr/expr-type.ts';
import { inputProps, numberProp } from '../props.ts';
import type { ComponentManifest, FieldProblem } from '../types.ts';

/** An uploaded file as a submission stores it: the server's id plus what the resident saw. */
export interface FileRef {
  id: string;
  name: string;
  size: number;
  type: string;
}

export function isFileRef(v: unknown): v is FileRef {
  if (!v || typeof v !== 'object') return false;
  const f = v as Record<string, unknown>;
  return (
    typeof f.id === 'string' && typeof f.name === 'string' && typeof f.size === 'number' && typeof f.type === 'string'
  );
}

/** Whether a MIME type matches an accept list such as `image/*, application/pdf`. */
export function acceptsType(accept: readonly string[], type: string): boolean {
  if (accept.length === 0) return true;
  return accept.some((a) => (a.endsWith('/*') ? type.startsWith(a.slice(0, -1)) : a === type));
}

function formatMb(mb: number): string {
  return `${mb} MB`;
}

function checkFiles(v: unknown, props: Record<string, unknown>): FieldProblem | null {
  if (!Array.isArray(v) || !v.every(isFileRef)) return { code: 'type.list' };
  const maxFiles = numberProp(props, 'maxFiles') ?? 3;
  const maxSizeMb = numberProp(props, 'maxSizeMb') ?? 10;
  const accept = Array.isArray(props.accept) ? (props.accept as string[]) : [];
  if (v.length > maxFiles) return { code: 'upload.count', params: { max: maxFiles } };
  for (const f of v) {
    if (f.size > maxSizeMb * 1024 * 1024) return { code: 'upload.size', params: { max: formatMb(maxSizeMb) } };
    if (!acceptsType(accept, f.type)) return { code: 'upload.type' };
  }
  return null;
}

export const upload: ComponentManifest = {
  type: 'upload',
  category: 'media',
  label: { 'zh-CN': '上传文件/照片', en: 'Files / photos' },
  role: 'input',
  valueKind: 'file-list',
  exprType: T.list(T.record({ id: T.string, name: T.string, size: T.number, type: T.string })),
  defaultLevel: 'L3',
  mask: { kind: 'withhold' },
  props: {
    ...inputProps,
    maxFiles: {
      kind: 'number',
      label: { 'zh-CN': '最多文件数', en: 'Max files' },
      default: 3,
      min: 1,
      max: 20,
      integer: true,
    },
    maxSizeMb: {
      kind: 'number',
      label: { 'zh-CN': '单个文件上限（MB）', en: 'Max size per file (MB)' },
      default: 10,
      min: 0.1,
      max: 50,
    },
    accept: {
      kind: 'string-list',
      label: { 'zh-CN': '允许的类型', en: 'Accepted types' },
      default: ['image/*', 'application/pdf'],
    },
  },
  validate: checkFiles,
};

/** Signatures are small PNGs kept inline as data URLs; 300 KB is far above a real one. */
export const MAX_SIGNATURE_LENGTH = 300_000;

export const signature: ComponentManifest = {
  type: 'signature',
  category: 'media',
  label: { 'zh-CN': '手写签名', en: 'Signature' },
  role: 'input',
  valueKind: 'string',
  exprType: T.string,
  defaultLevel: 'L3',
  mask: { kind: 'withhold' },
  props: { ...inputProps },
  validate: (v) =>
    typeof v === 'string' && v.startsWith('data:image/png;base64,') && v.length <= MAX_SIGNATURE_LENGTH
      ? null
      : { code: 'type.object' },
};

export const location: ComponentManifest = {
  type: 'location',
  category: 'media',
  label: { 'zh-CN': '位置', en: 'Location' },
  role: 'input',
  valueKind: 'location',
  exprType: T.record({ lat: T.number, lng: T.number, accuracy: T.number, text: T.string }),
  defaultLevel: 'L3',
  mask: { kind: 'withhold' },
  props: { ...inputProps },
  validate: (v) => {
    if (!v || typeof v !== 'object' || Array.isArray(v)) return { code: 'location.invalid' };
    const { lat, lng, text } = v as Record<string, unknown>;
    if (typeof lat === 'number' && typeof lng === 'number') {
      return Math.abs(lat) <= 90 && Math.abs(lng) <= 180 ? null : { code: 'location.invalid' };
    }
    // The manual fallback: a resident whose phone will not share its position types a place.
    return typeof text === 'string' && text.trim() !== '' && text.length <= 200 ? null : { code: 'location.invalid' };
  },
};
