import { describe, expect, it } from 'vitest';
import { requestIdOf } from './request-log.ts';

describe('requestIdOf', () => {
  it('keeps a proxy’s plain request id', () => {
    expect(requestIdOf('5f0c2a9e-nginx.1:2')).toBe('5f0c2a9e-nginx.1:2');
  });

  it('replaces a missing, forged or oversized id with a fresh UUID', () => {
    for (const header of [undefined, '', 'a b', 'x\n{"level":50}', 'x'.repeat(129)]) {
      expect(requestIdOf(header)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    }
  });
});
