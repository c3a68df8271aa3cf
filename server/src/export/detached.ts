/**
 * A copy of `text` that holds no larger string alive. A store may hand answers as slices
 * of one text per page of rows (V8 keeps the whole page while a slice lives), so what an
 * export remembers across pages must be copied; UTF-16 keeps every code unit as it was.
 */
export function detached(text: string): string {
  return Buffer.from(text, 'utf16le').toString('utf16le');
}
