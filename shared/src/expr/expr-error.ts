import type { Locale } from '../i18n/locale.ts';

/** Why an expression was refused; the only error type the engine ever throws. */
export type ExprErrorCode =
  | 'syntax'
  | 'too-long'
  | 'too-deep'
  | 'too-costly'
  | 'not-allowed'
  | 'unknown-function'
  | 'arity'
  | 'unknown-name'
  | 'type';

/** Where a problem is and how to say it to a Chinese-speaking official. */
export interface ExprErrorDetail {
  /** The same problem worded in Chinese for the official who wrote the formula. */
  zh?: string;
  /** The word at fault as the official typed it, e.g. `是` or `=`. */
  word?: string;
  /** Where that word starts in the source the official typed. */
  index?: number;
}

/**
 * The engine's own error. Parsing, analysis and evaluation throw nothing else, so
 * callers can catch it and show `message` (or `zh`) beside the expression.
 */
export class ExprError extends Error {
  override readonly name = 'ExprError';
  constructor(
    readonly code: ExprErrorCode,
    message: string,
    readonly detail: ExprErrorDetail = {},
  ) {
    super(message);
  }
}

/**
 * A problem's text in the official's language; Chinese when one was written.
 * @example exprProblemText({ code: 'unknown-name', message: 'unknown name 是', zh: '没有名为“是”的问题' }, 'zh-CN')
 */
export function exprProblemText(problem: { message: string; zh?: string }, locale: Locale): string {
  return locale === 'zh-CN' && problem.zh ? problem.zh : problem.message;
}
