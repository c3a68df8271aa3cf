import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLineGatherer, type LineSink } from './line-gatherer.ts';

function recordingSink() {
  const written: string[] = [];
  let flushedSync = 0;
  const sink: LineSink = {
    write: (bytes) => written.push(bytes.toString('utf8')),
    flush: () => {},
    flushSync: () => {
      flushedSync++;
    },
  };
  return { sink, written, flushes: () => flushedSync };
}

const LOGGER = resolve(import.meta.dirname, 'logger.ts');

/** A child process that logs `n` request lines to stdout and then ends as `ending` says. */
function logThenEnd(n: number, ending: 'exit' | 'natural'): string[] {
  const script = `
    const { createLogger } = await import(${JSON.stringify(LOGGER)});
    const logger = createLogger('info');
    for (let i = 0; i < ${n}; i++) logger.request({ reqId: 'r' + i, method: 'GET', route: i % 2 ? '/x' : '/a/健康码', status: 200, ms: i / 10 });
    logger.warn({ last: true }, 'done');
    ${ending === 'exit' ? 'process.exit(0);' : ''}
  `;
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    encoding: 'utf8',
  });
  expect(child.status, child.stderr).toBe(0);
  return child.stdout.trim().split('\n');
}

describe('createLineGatherer', () => {
  it('hands lines on once they reach the gathered length, in order, and the rest when flushed', () => {
    const { sink, written, flushes } = recordingSink();
    const lines = createLineGatherer(sink, { minLength: 10, flushMs: 60_000 });
    lines.write('abcd\n');
    expect(written).toEqual([]);
    lines.write('efgh\n');
    expect(written).toEqual(['abcd\nefgh\n']);
    lines.write('ij\n');
    lines.flushSync();
    expect(written).toEqual(['abcd\nefgh\n', 'ij\n']);
    expect(flushes()).toBe(1);
  });

  it('keeps any text whole: characters outside ASCII, and a line longer than its buffer', () => {
    const { sink, written } = recordingSink();
    const lines = createLineGatherer(sink, { minLength: 4096, flushMs: 60_000 });
    const long = `${'长'.repeat(5000)}\n`;
    lines.write('路由：/a/健康码\n');
    lines.write(long);
    lines.write('末\n');
    lines.flushSync();
    expect(written.join('')).toBe(`路由：/a/健康码\n${long}末\n`);
  });

  it('copies a line said to be ASCII to the same bytes as UTF-8 would', () => {
    const { sink, written } = recordingSink();
    const lines = createLineGatherer(sink, { minLength: 4096, flushMs: 60_000 });
    lines.write('{"route":"/api/v1/health","ms":0.3}\n', true);
    lines.write('健康\n');
    lines.write('ok\n', true);
    lines.flushSync();
    expect(written.join('')).toBe('{"route":"/api/v1/health","ms":0.3}\n健康\nok\n');
  });

  it('loses no line when the process ends, by process.exit or by running out of work', () => {
    for (const ending of ['exit', 'natural'] as const) {
      const out = logThenEnd(25, ending);
      const requests = out.map((l) => JSON.parse(l)).filter((l) => l.msg === 'request');
      expect(requests.map((l) => l.reqId)).toEqual(Array.from({ length: 25 }, (_, i) => `r${i}`));
      // ASCII lines (copied byte for byte) and the others (encoded) read back alike.
      expect(requests.map((l) => l.route)).toEqual(Array.from({ length: 25 }, (_, i) => (i % 2 ? '/x' : '/a/健康码')));
      expect(requests.map((l) => l.ms)).toEqual(Array.from({ length: 25 }, (_, i) => i / 10));
      // pino's own line, written after them, comes after them.
      expect(JSON.parse(out.at(-1) ?? '').msg).toBe('done');
    }
  });
});
