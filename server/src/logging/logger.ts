import pino from 'pino';

/** What the server logs through: structured fields first, then a short message (pino's order). */
export interface Logger {
  info(fields: object, message?: string): void;
  warn(fields: object, message?: string): void;
  error(fields: object, message?: string): void;
}

/** Logs nothing: `createApp` without a logger (tests, tools) stays quiet. */
export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };

/**
 * Lines are gathered and written to stdout off the request path: a synchronous write per
 * request (pino's default) was a system call on every answer. A line waits at most
 * `FLUSH_MS`, or until 4 KB are gathered; pino flushes what is left synchronously when the
 * process exits (graceful shutdown, `process.exit`, an uncaught error).
 */
const FLUSH_MS = 1000;
const GATHER_BYTES = 4096;

/**
 * One JSON object a line on stdout (pino), with the time, level, process id and host, so
 * lines from several nodes can be merged and filtered. SPROUT_LOG_LEVEL sets the level
 * (`info` by default; `warn` drops the per-request lines).
 */
export function createLogger(level = process.env.SPROUT_LOG_LEVEL || 'info'): Logger {
  const stdout = pino.destination({ dest: 1, sync: false, minLength: GATHER_BYTES, periodicFlush: FLUSH_MS });
  return pino({ level, timestamp: pino.stdTimeFunctions.isoTime }, stdout);
}
