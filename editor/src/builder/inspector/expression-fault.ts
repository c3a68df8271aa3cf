import { analyzeExpression, type TypeEnv } from '@sprout/shared';

/** Where in the typed formula the first problem's word is, to mark it for the official. */
export interface Fault {
  start: number;
  end: number;
}

/**
 * The span of the word at fault: where the parser stopped, or the first unquoted occurrence
 * of the unknown name or function the analysis names.
 * @example faultIn('visitedRisk = 是', env) // { start: 14, end: 15 }
 */
export function faultIn(source: string, env: TypeEnv): Fault | undefined {
  const [problem] = analyzeExpression(source, env).problems;
  if (!problem?.word) return undefined;
  const start = problem.index ?? unquotedIndexOf(source, problem.word);
  return start < 0 ? undefined : { start, end: start + problem.word.length };
}

/** The first place `word` stands as a whole word outside quotes (Chinese quotes included). */
function unquotedIndexOf(source: string, word: string): number {
  let quote: string | undefined;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i] as string;
    if (quote) {
      if (ch === quote || (quote === '”' && ch === '“') || (quote === '’' && ch === '‘')) quote = undefined;
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '“' || ch === '”') quote = '”';
    else if (ch === '‘' || ch === '’') quote = '’';
    else if (
      source.startsWith(word, i) &&
      !/[\w$\u3400-\u9fff]/.test(source[i - 1] ?? '') &&
      !/[\w$\u3400-\u9fff]/.test(source[i + word.length] ?? '')
    )
      return i;
  }
  return -1;
}
