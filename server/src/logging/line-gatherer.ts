/** Where gathered lines go: pino's destination (SonicBoom) has this shape. */
export interface LineSink {
  write(text: string): unknown;
  flush(): void;
  flushSync(): void;
  readonly destroyed?: boolean;
}

export interface LineGathererOptions {
  /** Hand the gathered text on once it is at least this long (characters; log lines are ASCII). */
  minLength: number;
  /** …or once the oldest waiting line is this old at most, and then have the sink write it. */
  flushMs: number;
}

/**
 * Gathers log lines in one string and hands them to the sink a few kilobytes at a time.
 * SonicBoom measures the UTF-8 length of its whole pending buffer on every `write`, so
 * a line per request cost more in that measuring than in building the line. Lines still
 * waiting when the process ends are written synchronously first (`exit`, `beforeExit`, before
 * pino's own flush: the listeners are prepended), so none is lost.
 */
export function createLineGatherer(sink: LineSink, options: LineGathererOptions) {
  let pending = '';
  const handOn = () => {
    if (pending === '' || sink.destroyed) return;
    const text = pending;
    pending = '';
    sink.write(text);
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
    write(line: string): void {
      pending += line;
      if (pending.length >= options.minLength) handOn();
    },
    /** Writes everything gathered so far, synchronously. */
    flushSync(): void {
      atExit();
    },
  };
}
