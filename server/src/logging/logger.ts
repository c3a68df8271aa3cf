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
 * One JSON object a line on stdout (pino), with the time, level, process id and host, so
 * lines from several nodes can be merged and filtered. SPROUT_LOG_LEVEL sets the level
 * (`info` by default; `warn` drops the per-request lines).
 */
export function createLogger(level = process.env.SPROUT_LOG_LEVEL || 'info'): Logger {
  return pino({ level, timestamp: pino.stdTimeFunctions.isoTime });
}
