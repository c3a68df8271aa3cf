/** A piece of a formula as shown to an official: a question (by its key) or plain text. */
export type FormulaToken = { kind: 'field'; name: string } | { kind: 'text'; text: string };

const TOKEN = /"(?:\\.|[^"\\])*"?|'(?:\\.|[^'\\])*'?|[“‘][^”’]*[”’]?|[A-Za-z_$][\w$]*|[^"'“‘A-Za-z_$]+/g;

/**
 * Splits a formula so that each data key it reads can be shown as a chip with its label.
 * Text in quotes, function names and `.field` after a dot stay text.
 * @example formulaTokens('fever == "是"', new Set(['fever'])) // [{ kind: 'field', name: 'fever' }, { kind: 'text', text: ' == "是"' }]
 */
export function formulaTokens(source: string, names: ReadonlySet<string>): FormulaToken[] {
  const out: FormulaToken[] = [];
  const push = (text: string) => {
    const last = out[out.length - 1];
    if (last?.kind === 'text') last.text += text;
    else out.push({ kind: 'text', text });
  };
  for (const m of source.matchAll(TOKEN)) {
    const text = m[0];
    const start = m.index ?? 0;
    const afterDot = source[start - 1] === '.';
    const call = /^\s*\(/.test(source.slice(start + text.length));
    if (names.has(text) && !afterDot && !call) out.push({ kind: 'field', name: text });
    else push(text);
  }
  return out;
}
