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

/**
 * The engine's own error. Parsing, analysis and evaluation throw nothing else, so
 * callers can catch it and show `message` beside the expression.
 */
export class ExprError extends Error {
  override readonly name = 'ExprError';
  constructor(
    readonly code: ExprErrorCode,
    message: string,
  ) {
    super(message);
  }
}
