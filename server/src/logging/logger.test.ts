import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLogger } from './logger.ts';

describe('createLogger', () => {
  it('writes a request’s line as pino writes the same fields, and none below its level', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sprout-log-'));
    try {
      const file = join(dir, 'out.log');
      const logger = createLogger('info', file);
      const lines = [
        { reqId: 'id-"1"', method: 'GET', route: '/api/v1/apps/:id', status: 200, ms: 1.5 },
        { reqId: '0b9c7a4e-8f57-4d0b-9c55-3a1f1f2f3e4d', method: 'POST', route: '/a/健康码', status: 201, ms: 12 },
      ];
      for (const line of lines) {
        logger.request?.(line);
        logger.info(line, 'request');
      }
      createLogger('warn', file).request?.(lines[0] as (typeof lines)[0]);
      logger.flush();
      const written = readFileSync(file, 'utf8').trim().split('\n');
      expect(written).toHaveLength(4);
      lines.forEach((line, i) => {
        const [direct, viaPino] = written.slice(2 * i);
        // Same text as pino's line, but for the time.
        expect(direct?.replace(/"time":"[^"]+"/, '')).toBe(viaPino?.replace(/"time":"[^"]+"/, ''));
        const { time: t1, ...a } = JSON.parse(direct ?? '');
        expect(a).toMatchObject({ level: 30, msg: 'request', ...line });
        expect(t1).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
