import { hostname } from 'node:os';
import pino from 'pino';
import { createLineGatherer } from './line-gatherer.ts';

/** The fields of a request's log line (`http/request-log.ts`). */
export interface RequestLine {
  reqId: string;
  method: string;
  route: string;
  status: number;
  ms: number;
}

/** What the server logs through: structured fields first, then a short message (pino's order). */
export interface Logger {
  info(fields: object, message?: string): void;
  warn(fields: object, message?: string): void;
  error(fields: object, message?: string): void;
  /** A request's line; `info` with the message `request` when a logger has no faster way. */
  request?(line: RequestLine): void;
}

/** Logs nothing: `createApp` without a logger (tests, tools) stays quiet. */
export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };

/**
 * Lines are gathered and written to stdout off the request path: a synchronous write per
 * request (pino's default) was a system call on every answer. A line waits at most
 * `FLUSH_MS`, or until 4 KB are gathered; what is left is written synchronously when the
 * process exits (graceful shutdown, `process.exit`, an uncaught error).
 */
const FLUSH_MS = 1000;
const GATHER_BYTES = 4096;

/**
 * pino's `isoTime`, formatting the clock once per millisecond: under load many lines
 * share one, and `toISOString` was a visible share of each request's line.
 */
let formattedMs = -1;
let formatted = '';
function isoTime(): string {
  const now = Date.now();
  if (now !== formattedMs) {
    formattedMs = now;
    formatted = `,"time":"${new Date(now).toISOString()}"`;
  }
  return formatted;
}

/**
 * One JSON object a line on stdout (pino), with the time, level, process id and host, so
 * lines from several nodes can be merged and filtered. SPROUT_LOG_LEVEL sets the level
 * (`info` by default; `warn` drops the per-request lines).
 */
export function createLogger(
  level = process.env.SPROUT_LOG_LEVEL || 'info',
  /** stdout, or a file (tests); written synchronously to a file. */
  dest: 1 | string = 1,
): Logger & { flush(): void } {
  const stdout = pino.destination(dest === 1 ? { dest, sync: false, minLength: GATHER_BYTES } : { dest, sync: true });
  const logger = pino({ level, timestamp: isoTime }, stdout);
  // Request lines are gathered before pino's destination sees them (`line-gatherer.ts`); a
  // file (tests) gets each line at once. The gatherer's timer also flushes pino's own lines.
  const lines = dest === 1 ? createLineGatherer(stdout, { minLength: GATHER_BYTES, flushMs: FLUSH_MS }) : undefined;
  // The line every request writes, in pino's shape but built directly: pino's generic
  // serialiser walks and escapes every field, which was most of a trivial request's log cost.
  const head = `{"level":${pino.levels.values.info},`;
  const tail = `,"pid":${process.pid},"hostname":${JSON.stringify(hostname())},"reqId":`;
  return {
    info: (fields, message) => logger.info(fields, message),
    warn: (fields, message) => logger.warn(fields, message),
    error: (fields, message) => logger.error(fields, message),
    flush: () => (lines ? lines.flushSync() : stdout.flushSync()),
    request(line) {
      if (!logger.isLevelEnabled('info')) return;
      const text = `${head}${isoTime().slice(1)}${tail}${JSON.stringify(line.reqId)},"method":${JSON.stringify(line.method)},"route":${JSON.stringify(line.route)},"status":${line.status},"ms":${line.ms},"msg":"request"}\n`;
      if (lines) lines.write(text);
      else stdout.write(text);
    },
  };
}
