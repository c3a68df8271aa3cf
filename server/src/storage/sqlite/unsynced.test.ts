import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from './index.ts';
import { unsynced } from './unsynced.ts';

const FULL = 2;
const NORMAL = 1;

describe('unsynced', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sprout-unsynced-'));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('commits its write at synchronous=NORMAL and leaves the connection at FULL, also after a throw', () => {
    const db = openDatabase(join(dir, 'x.db'));
    db.exec('CREATE TABLE t (v INTEGER)');
    const seen: number[] = [];
    const write = unsynced(
      db,
      db.transaction((v: number) => {
        seen.push(db.pragma('synchronous', { simple: true }) as number);
        db.prepare('INSERT INTO t (v) VALUES (?)').run(v);
        if (v < 0) throw new Error('refused');
      }),
    );
    write(1);
    expect(() => write(-1)).toThrow('refused');
    expect(seen).toEqual([NORMAL, NORMAL]);
    expect(db.pragma('synchronous', { simple: true })).toBe(FULL);
    expect(db.prepare('SELECT v FROM t').pluck().all()).toEqual([1]);
    db.close();
  });
});
