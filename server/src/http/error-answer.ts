import type { Context, ErrorHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { Logger } from '../logging/logger.ts';
import type { AppEnv } from './context.ts';
import { Problem } from './problem.ts';

function renderProblem(c: Context<AppEnv>, problem: Problem): Response {
  const locale = c.get('locale') ?? 'zh-CN';
  for (const [k, v] of Object.entries(problem.headers ?? {})) c.header(k, v);
  return c.body(JSON.stringify(problem.body(locale)), problem.status as 400, {
    'Content-Type': 'application/problem+json; charset=utf-8',
  });
}

/**
 * The app's one error handler: a `Problem` (or hono's 4xx exception) is answered as
 * problem+json in the caller's language; anything else is logged for operators and answered
 * as a 500 with no stack and no message from inside. Without a logger (tests) it goes to stderr.
 */
export function errorAnswer(logger: Logger | undefined): ErrorHandler<AppEnv> {
  return (err, c) => {
    if (err instanceof Problem) return renderProblem(c, err);
    if (err instanceof HTTPException && err.status < 500) {
      return renderProblem(c, new Problem(err.status, err.message || 'Bad request'));
    }
    if (logger) logger.error({ reqId: c.get('requestId'), method: c.req.method, err }, 'unhandled error');
    else console.error(`[${c.req.method} ${c.req.path}]`, err);
    return renderProblem(
      c,
      new Problem(500, { 'zh-CN': '服务器出错了，请稍后再试', en: 'Something went wrong; try again later' }),
    );
  };
}
