// Pieces of a request's log line, written as JSON.stringify would write them but cheaper:
// each runs on every request, and at a few hundred nanoseconds apiece they were most of
// the line's cost. Each says whether its text is ASCII, so the whole line can be copied into
// the log's buffer byte for byte instead of being encoded as UTF-8 (`line-gatherer.ts`).

/** A JSON text and whether all of it is ASCII. */
export interface JsonPiece {
  text: string;
  ascii: boolean;
}

/** Strings JSON writes as they are, between quotes: request ids (ours, and the proxies' we keep), methods. */
const PLAIN = /^[\w.:-]*$/;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** `JSON.stringify(value)` for a string, with whether the text is ASCII. */
export function jsonString(value: string): JsonPiece {
  if (PLAIN.test(value)) return { text: `"${value}"`, ascii: true };
  const text = JSON.stringify(value);
  return { text, ascii: PRINTABLE_ASCII.test(text) };
}

/**
 * `String(ms)` for a duration rounded to tenths (`1.5`, `12`, `0.3`), built from integers:
 * a fraction's shortest decimal form costs V8 several times an integer's. Any other number
 * is written by `String`.
 */
export function tenthsText(ms: number): string {
  const tenths = Math.round(ms * 10);
  if (tenths / 10 !== ms || !Number.isSafeInteger(tenths) || tenths < 0) return String(ms);
  const digit = tenths % 10;
  return digit === 0 ? String(tenths / 10) : `${(tenths - digit) / 10}.${digit}`;
}
