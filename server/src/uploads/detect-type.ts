import { fileTypeFromBuffer } from 'file-type';

/**
 * The types residents may upload, as the server names them once it has read the
 * first bytes. Nothing else is stored, so nothing else is ever served.
 */
export const UPLOADABLE_TYPES: ReadonlySet<string> = new Set([
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/gif',
  'image/heic',
  'image/heif',
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
]);

// file-type names some of these differently from the browser's `File.type`.
const ALIASES: Record<string, string> = { 'image/heic-sequence': 'image/heic', 'image/heif-sequence': 'image/heif' };

/**
 * The file's real type from its magic numbers (never its name or claimed type), or
 * undefined when it is not one residents may upload. Office files are told apart by
 * the zip entries file-type reads past the first bytes.
 * @example await detectUploadType(pngBytes) // 'image/png'
 */
export async function detectUploadType(bytes: Uint8Array): Promise<string | undefined> {
  const found = await fileTypeFromBuffer(bytes);
  if (!found) return undefined;
  const mime = ALIASES[found.mime] ?? found.mime;
  return UPLOADABLE_TYPES.has(mime) ? mime : undefined;
}

/** What a stored file may be served as: its detected type if uploadable, else opaque bytes. */
export function servedType(storedType: string): string {
  return UPLOADABLE_TYPES.has(storedType) ? storedType : 'application/octet-stream';
}
