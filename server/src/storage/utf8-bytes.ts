/**
 * UTF-8 bytes held in a JavaScript string, one character per byte (a "binary" or latin1
 * string). The CSV export moves text this way from SQLite to the socket: V8 takes such a
 * string from SQLite's bytes and gives it back to the socket as plain copies, where a
 * UTF-16 string costs a UTF-8 decode on the way in and an encode on the way out (~1 µs of
 * a ~6 µs exported row). ASCII characters are themselves, every byte of a longer UTF-8
 * sequence is 0x80 or above, so searching for and splitting at ASCII (JSON's quotes and
 * braces, CSV's commas and line breaks) works on the bytes as on the text.
 */
export type Utf8Bytes = string;

/** The UTF-8 bytes of `text`. @example toUtf8Bytes('是') // '\xe6\x98\xaf' */
export function toUtf8Bytes(text: string): Utf8Bytes {
  return Buffer.from(text, 'utf8').toString('latin1');
}

/** The text whose UTF-8 bytes these are. @example fromUtf8Bytes('\xe6\x98\xaf') // '是' */
export function fromUtf8Bytes(bytes: Utf8Bytes): string {
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

/** A copy of `bytes` that keeps no larger string (a page's text it was sliced from) alive. */
export function detachedBytes(bytes: Utf8Bytes): Utf8Bytes {
  return Buffer.from(bytes, 'latin1').toString('latin1');
}
