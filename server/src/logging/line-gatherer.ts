/** Where gathered lines go: pino's destination (SonicBoom) in buffer mode has this shape. */
export interface LineSink {
  write(bytes: Buffer): unknown;
  flush(): void;
  flushSync(): void;
  readonly destroyed?: boolean;
}

export interface LineGathererOptions {
  /** Hand the gathered bytes on once there are at least this many. */
  minLength: number;
  /** …or once the oldest waiting line is this old at most, and then have the sink write it. */
  flushMs: number;
}

/** Room for the gathered lines: `minLength` plus a few long lines, so a chunk is rarely cut short. */
const chunkSize = (minLength: number) => Math.max(2 * minLength, 8192);

/**
 * Gathers log lines as UTF-8 bytes in one buffer and hands them to the sink a few kilobytes
 * at a time. Each line is encoded once, straight into the buffer. Handed on as text instead,
 * SonicBoom measured its whole pending text on every `write`, V8 flattened the joined lines,
 * and the text was encoded twice more (to write it, then to count what was written): more
 * than building the lines. Lines still waiting when the process ends are handed on and
 * written synchronously (`exit`, `beforeExit`; the listeners are prepended, so they run
 * before any other's, pino's own flush among them), so none is lost.
 */
export function createLineGatherer(sink: LineSink, options: LineGathererOptions) {
  const size = chunkSize(options.minLength);
  let chunk = Buffer.allocUnsafe(size);
  let used = 0;
  const handOn = () => {
    if (used === 0 || sink.destroyed) return;
    const bytes = chunk.subarray(0, used);
    chunk = Buffer.allocUnsafe(size);
    used = 0;
    sink.write(bytes);
  };
  const timer = setInterval(() => {
    handOn();
    if (!sink.destroyed) sink.flush();
  }, options.flushMs);
  timer.unref();
  const atExit = () => {
    handOn();
    if (!sink.destroyed) sink.flushSync();
  };
  process.prependListener('beforeExit', handOn);
  process.prependListener('exit', atExit);
  return {
    /**
     * Gathers `line`. `ascii` promises it is ASCII only: it is then copied a byte a character
     * (latin1, the same bytes as UTF-8 for ASCII), which costs half of encoding it.
     */
    write(line: string, ascii = false): void {
      // A UTF-8 character takes at most three bytes per UTF-16 unit.
      if (used + line.length * 3 > size) handOn();
      if (line.length * 3 > size) sink.write(Buffer.from(line));
      else used += chunk.write(line, used, ascii ? 'latin1' : 'utf8');
      if (used >= options.minLength) handOn();
    },
    /** Hands on what was gathered so far (before a line written around the gatherer). */
    handOn,
    /** Writes everything gathered so far, synchronously. */
    flushSync: atExit,
  };
}
