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
      const line = { reqId: 'id-"1"', method: 'GET', route: '/api/v1/apps/:id', status: 200, ms: 1.5 };
      logger.request?.(line);
      logger.info(line, 'request');
      createLogger('warn', file).request?.(line);
      logger.flush();
      const [direct, viaPino, ...rest] = readFileSync(file, 'utf8').trim().split('\n');
      expect(rest).toEqual([]);
      const { time: t1, ...a } = JSON.parse(direct ?? '');
      const { time: _t2, ...b } = JSON.parse(viaPino ?? '');
      expect(a).toEqual(b);
      expect(a).toMatchObject({ level: 30, msg: 'request', ...line });
      expect(t1).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
