/**
 * Picks top-level answers out of a stored JSON object as their JSON texts, without parsing
 * the object: the export's store hands each answer's text to a formatter that remembers
 * repeating texts, so building values it would only turn back into text is wasted work.
 *
 * The fast path reads the compact JSON `JSON.stringify` writes (how Sprout stores answers);
 * anything else it does not expect (whitespace, an escaped key, malformed text) falls back
 * to `JSON.parse`, so every input gives the answers `JSON.parse` would.
 */

import { fromUtf8Bytes, toUtf8Bytes } from '../utf8-bytes.ts';

const QUOTE = 34;
const BACKSLASH = 92;
const COLON = 58;
const COMMA = 44;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;

/** The index of the quote closing the JSON string whose text starts at `i` (after its opening quote); -1 if none. */
function stringEnd(s: string, i: number): number {
  for (;;) {
    const q = s.indexOf('"', i);
    if (q < 0 || s.charCodeAt(q - 1) !== BACKSLASH) return q;
    // An escaped quote only if an odd number of backslashes precede it.
    let b = q - 1;
    while (s.charCodeAt(b) === BACKSLASH) b--;
    if ((q - 1 - b) % 2 === 0) return q;
    i = q + 1;
  }
}

/** The index just after the compact JSON value starting at `i`, or -1 if it is not one. */
function valueEnd(s: string, i: number, end: number): number {
  const c = s.charCodeAt(i);
  if (c === QUOTE) {
    const q = stringEnd(s, i + 1);
    return q < 0 || q >= end ? -1 : q + 1;
  }
  if (c === OPEN_BRACE || c === OPEN_BRACKET) {
    let depth = 0;
    for (; i < end; i++) {
      const d = s.charCodeAt(i);
      if (d === QUOTE) {
        i = stringEnd(s, i + 1);
        if (i < 0) return -1;
      } else if (d === OPEN_BRACE || d === OPEN_BRACKET) depth++;
      else if ((d === CLOSE_BRACE || d === CLOSE_BRACKET) && --depth === 0) return i + 1;
    }
    return -1;
  }
  // A number, true, false or null: up to the next comma or the object's end.
  let j = i;
  while (j < end) {
    const d = s.charCodeAt(j);
    if (d === COMMA || d === CLOSE_BRACE) break;
    if (d <= 32) return -1;
    j++;
  }
  return j > i ? j : -1;
}

/** The fast path: true if `s[start, end)` was one compact JSON object and its picked answers are in `out`. */
function pickCompact(
  s: string,
  start: number,
  end: number,
  keys: ReadonlyMap<string, number>,
  out: Array<string | number | null>,
  base: number,
): boolean {
  if (s.charCodeAt(start) !== OPEN_BRACE || s.charCodeAt(end - 1) !== CLOSE_BRACE) return false;
  let i = start + 1;
  if (i === end - 1) return true;
  for (;;) {
    if (s.charCodeAt(i) !== QUOTE) return false;
    const k = stringEnd(s, i + 1);
    if (k < 0 || k >= end || s.charCodeAt(k + 1) !== COLON) return false;
    const key = s.slice(i + 1, k);
    const at = keys.get(key);
    // An escaped key may spell a picked one: only JSON.parse can say.
    if (at === undefined && key.includes('\\')) return false;
    const v = valueEnd(s, k + 2, end - 1);
    if (v < 0) return false;
    if (at !== undefined) out[base + at] = s.slice(k + 2, v);
    const next = s.charCodeAt(v);
    if (v === end - 1) return true;
    if (next !== COMMA) return false;
    i = v + 1;
  }
}

/**
 * Writes the JSON text of each top-level answer of the object `s[start, end)` whose key is in
 * `keys` to `out[base + keys.get(key)]`; absent answers leave `out` as it was. A JSON `null`
 * answer is the text `null`. Throws a SyntaxError on text that is no JSON object.
 * With `utf8Bytes`, `s` and the keys are UTF-8 bytes (`Utf8Bytes`) and so are the answers.
 */
export function pickJsonFields(
  s: string,
  start: number,
  end: number,
  keys: ReadonlyMap<string, number>,
  out: Array<string | number | null>,
  base: number,
  utf8Bytes = false,
): void {
  if (pickCompact(s, start, end, keys, out, base)) return;
  const text = s.slice(start, end);
  const object: unknown = JSON.parse(utf8Bytes ? fromUtf8Bytes(text) : text);
  if (object === null || typeof object !== 'object' || Array.isArray(object))
    throw new SyntaxError('stored answers are not a JSON object');
  for (const [key, at] of keys) {
    const name = utf8Bytes ? fromUtf8Bytes(key) : key;
    if (!Object.hasOwn(object, name)) {
      out[base + at] = null;
      continue;
    }
    const json = JSON.stringify((object as Record<string, unknown>)[name]);
    out[base + at] = utf8Bytes ? toUtf8Bytes(json) : json;
  }
}
