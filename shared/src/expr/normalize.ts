/**
 * What an official types on a Chinese keyboard, read as the formula they meant:
 * `=` is equality, “” ‘’ are quotes, full-width ＝ ＞ ＜ （ ） ， and ≥ ≤ ≠ are their
 * ASCII operators. Text inside quotes is left exactly as typed.
 */
export interface NormalizedSource {
  text: string;
  /** For each character of `text` (and one past its end), the index in the original source. */
  sourceIndex: number[];
}

const DOUBLE_QUOTES = new Set(['"', '“', '”', '＂']);
const SINGLE_QUOTES = new Set(["'", '‘', '’', '＇']);
const CHINESE_DOUBLE = new Set(['“', '”', '＂']);
const CHINESE_SINGLE = new Set(['‘', '’', '＇']);
const SYMBOLS: Record<string, string> = { '≥': '>=', '≤': '<=', '≠': '!=', '×': '*', '÷': '/', '\u3000': ' ' };
const BEFORE_KEPT_EQUALS = new Set(['=', '!', '<', '>']);

/** Full-width ASCII (U+FF01–FF5E) to ASCII, and the few maths symbols a keyboard offers. */
function asciiOf(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  return SYMBOLS[ch] ?? ch;
}

/**
 * Rewrites a formula into the engine's ASCII form, remembering where each character came from.
 * @example normalizeExpression('visitedRisk = ‘是’').text // 'visitedRisk == "是"'
 */
export function normalizeExpression(source: string): NormalizedSource {
  const out: string[] = [];
  const sourceIndex: number[] = [];
  const emit = (text: string, at: number) => {
    for (const ch of text) {
      out.push(ch);
      sourceIndex.push(at);
    }
  };
  let i = 0;
  while (i < source.length) {
    const ch = source[i] as string;
    if (DOUBLE_QUOTES.has(ch) || SINGLE_QUOTES.has(ch)) {
      i = copyString(source, i, emit);
      continue;
    }
    const ascii = asciiOf(ch);
    if (ascii === '=') emit(equalsAt(source, i, out[out.length - 1]), i);
    else emit(ascii, i);
    i += 1;
  }
  sourceIndex.push(source.length);
  return { text: out.join(''), sourceIndex };
}

/** A lone `=` means "equals"; `==`, `===`, `<=`, `>=` and `!=` stay as written. */
function equalsAt(source: string, i: number, previous: string | undefined): string {
  const next = source[i + 1];
  const joinsNext = next !== undefined && asciiOf(next) === '=';
  return joinsNext || (previous !== undefined && BEFORE_KEPT_EQUALS.has(previous)) ? '=' : '==';
}

/**
 * Copies one quoted text starting at `start`, closing a Chinese quote on any quote of
 * its kind (keyboards type “ to open and ” to close), and returns the index after it.
 * An unclosed quote is copied as it is, so the parser reports it.
 */
function copyString(source: string, start: number, emit: (text: string, at: number) => void): number {
  const opening = source[start] as string;
  const ascii = opening === '"' || opening === "'";
  // Chinese quotes of either kind become "…", the form the condition builder writes too.
  const delimiter = ascii ? opening : '"';
  // Each kind closes only its own kind, so "他说“好”" and “他说"好"” are both kept whole.
  const closes = ascii ? new Set([opening]) : DOUBLE_QUOTES.has(opening) ? CHINESE_DOUBLE : CHINESE_SINGLE;
  emit(delimiter, start);
  let i = start + 1;
  while (i < source.length) {
    const ch = source[i] as string;
    if (ch === '\\' && i + 1 < source.length) {
      emit(ch + source[i + 1], i);
      i += 2;
      continue;
    }
    if (closes.has(ch)) {
      emit(delimiter, i);
      return i + 1;
    }
    emit(ch === delimiter ? `\\${ch}` : ch, i);
    i += 1;
  }
  return i;
}
