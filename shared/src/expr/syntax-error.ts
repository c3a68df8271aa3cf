import { ExprError } from './expr-error.ts';
import type { NormalizedSource } from './normalize.ts';

/** jsep reports where it stopped reading; these say the same in the official's words. */
const CHINESE: Array<[RegExp, (m: RegExpExecArray, word: string) => string]> = [
  [/^Expected expression after (.+)$/, (m) => `“${m[1]}”后面还缺少内容`],
  [/^Unclosed quote after "(.*)"$/s, (m) => `引号没有成对：“${m[1]}”缺少结尾的引号`],
  [/^(Unclosed \(|Expected \))$/, () => '括号没有成对：缺少“)”'],
  [/^Expected \]$/, () => '方括号没有成对：缺少“]”'],
  [/^Expected :$/, () => '“?”后面缺少“:”'],
  [/^Expected comma$/, () => '几项之间要用逗号隔开'],
  [/^Unexpected/, (_m, word) => (word ? `“${word}”这里写法有误` : '公式没有写完')],
];

/** The word that starts at `index`: a run of letters, digits or Chinese, else one character. */
export function wordAt(source: string, index: number): string {
  const run = /^[\p{L}\p{N}_$.]+/u.exec(source.slice(index))?.[0];
  return run ?? source.slice(index, index + 1);
}

/** Turns a jsep error on the normalised text into an ExprError naming the word as typed. */
export function syntaxError(error: unknown, normalized: NormalizedSource, source: string): ExprError {
  const fallback = 'expression cannot be read';
  if (!(error instanceof Error)) return new ExprError('syntax', fallback, { zh: '公式写法有误' });
  const { index, description } = error as Error & { index?: number; description?: string };
  const at = typeof index === 'number' ? (normalized.sourceIndex[index] ?? source.length) : undefined;
  const word = at === undefined ? undefined : wordAt(source, at).trim();
  const text = description ?? error.message;
  for (const [re, zh] of CHINESE) {
    const m = re.exec(text);
    if (m) return new ExprError('syntax', error.message, { zh: zh(m, word ?? ''), word, index: at });
  }
  return new ExprError('syntax', error.message, { zh: `公式写法有误：${text}`, word, index: at });
}
