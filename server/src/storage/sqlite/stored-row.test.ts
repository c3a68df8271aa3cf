import { describe, expect, it } from 'vitest';
import { readStored } from './stored-row.ts';

interface Row {
  id: number;
  manifest: { name: string };
  outcome: { code: string } | null;
  trusted: boolean;
}

describe('readStored', () => {
  const read = readStored<Row>({ json: ['manifest', 'outcome'], bool: ['trusted'] });

  it('parses JSON text columns and turns 0/1 into booleans, leaving other columns as they are', () => {
    expect(read({ id: 7, manifest: '{"name":"plate"}', outcome: '{"code":"ok"}', trusted: 1 })).toEqual({
      id: 7,
      manifest: { name: 'plate' },
      outcome: { code: 'ok' },
      trusted: true,
    });
    expect(read({ id: 8, manifest: '{"name":"bank"}', outcome: '{"code":"no"}', trusted: 0 }).trusted).toBe(false);
  });

  it('keeps a SQL NULL in a JSON column null', () => {
    expect(read({ id: 1, manifest: '{"name":"x"}', outcome: null, trusted: 1 }).outcome).toBeNull();
  });

  it('reads the row in place: better-sqlite3 hands out a fresh object per row', () => {
    const stored = { id: 1, manifest: '{"name":"x"}', outcome: null, trusted: 0 };
    expect(read(stored)).toBe(stored);
  });
});
