import { hostname } from 'node:os';
import pino from 'pino';
import { createLineGatherer } from './line-gatherer.ts';
import { type JsonPiece, jsonString, tenthsText } from './line-text.ts';

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
 * Lines are gathered and written to stdout 32 KB at a time: a write per request (pino's
 * default) was a system call on every answer, and at 4 KB still one per ~20 answers. A line
 * waits at most `FLUSH_MS`, or until 32 KB are gathered; what is left is written when the
 * process exits (graceful shutdown, `process.exit`, an uncaught error).
 */
const FLUSH_MS = 1000;
const GATHER_BYTES = 32 * 1024;

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
 * A method's or route pattern's JSON text, remembered: they come from a short list (the
 * routes' patterns), and every request line has both. Bounded all the same.
 */
const jsonTexts = new Map<string, JsonPiece>();
function jsonText(value: string): JsonPiece {
  let piece = jsonTexts.get(value);
  if (piece === undefined) {
    piece = jsonString(value);
    if (jsonTexts.size >= 1000) jsonTexts.clear();
    jsonTexts.set(value, piece);
  }
  return piece;
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
  if (dest !== 1) return directLogger(level, pino.destination({ dest, sync: true }));
  // stdout takes bytes (`contentMode: 'buffer'`): request lines are gathered into a buffer
  // before it sees them (`line-gatherer.ts`); pino's own lines hand those on first, so lines
  // keep their order. Each hand-on is one synchronous write of a few kilobytes (one per ~20
  // requests): no write is ever in flight on libuv's threads, so a line written later can
  // never overtake it and nothing is in flight when the process exits. Asynchronous writes
  // measured no cheaper (A/B in one run, load ~6) and cost a thread hand-off per write.
  const stdout = pino.destination({ dest, sync: true, minLength: 0, contentMode: 'buffer' });
  // sonic-boom's types know only its text mode; in buffer mode `write` takes bytes.
  const writeBytes = (bytes: Buffer) => stdout.write(bytes as unknown as string);
  const lines = createLineGatherer(
    {
      write: writeBytes,
      flush: () => stdout.flush(),
      flushSync: () => stdout.flushSync(),
      get destroyed() {
        return (stdout as { destroyed?: boolean }).destroyed;
      },
    },
    { minLength: GATHER_BYTES, flushMs: FLUSH_MS },
  );
  const pinoLines = {
    write(text: string) {
      lines.handOn();
      writeBytes(Buffer.from(text));
    },
  };
  return directLogger(level, pinoLines, lines.write, lines.flushSync);
}

/**
 * pino on `out`, with request lines built directly (`requestLine`) and handed to `writeLine`
 * (by default `out.write`).
 */
function directLogger(
  level: string,
  out: { write(text: string): unknown; flushSync?(): void },
  /** `ascii` says the text is ASCII only (and may be copied byte for byte). */
  writeLine: (text: string, ascii: boolean) => void = (text) => out.write(text),
  flush: () => void = () => out.flushSync?.(),
): Logger & { flush(): void } {
  const logger = pino({ level, timestamp: isoTime }, out);
  // The line every request writes, in pino's shape but built directly: pino's generic
  // serialiser walks and escapes every field, which was most of a trivial request's log cost.
  // Everything before the request id is the same for every line of a millisecond.
  const head = `{"level":${pino.levels.values.info},`;
  const host = jsonString(hostname());
  const tail = `,"pid":${process.pid},"hostname":${host.text},"reqId":`;
  let prefixTime = '';
  let prefix = '';
  const linePrefix = () => {
    const time = isoTime();
    if (time !== prefixTime) {
      prefixTime = time;
      prefix = `${head}${time.slice(1)}${tail}`;
    }
    return prefix;
  };
  // The level is fixed when the logger is made; asking pino on every request cost a call.
  const logsRequests = logger.isLevelEnabled('info');
  return {
    info: (fields, message) => logger.info(fields, message),
    warn: (fields, message) => logger.warn(fields, message),
    error: (fields, message) => logger.error(fields, message),
    flush,
    request(line) {
      if (!logsRequests) return;
      const reqId = jsonString(line.reqId);
      const method = jsonText(line.method);
      const route = jsonText(line.route);
      const text = `${linePrefix()}${reqId.text},"method":${method.text},"route":${route.text},"status":${line.status},"ms":${tenthsText(line.ms)},"msg":"request"}\n`;
      writeLine(text, host.ascii && reqId.ascii && method.ascii && route.ascii);
    },
  };
}
