import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createWalSync } from './wal-sync.ts';

/** A sync the test finishes by hand, recording when each one started. */
function manualSync() {
  const started: Array<() => void> = [];
  return { started, sync: () => new Promise<void>((resolve) => started.push(resolve)) };
}

const settled = async (p: Promise<unknown>) => {
  let done = false;
  void p.then(() => {
    done = true;
  });
  await new Promise((r) => setImmediate(r));
  return done;
};

describe('createWalSync', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sprout-wal-sync-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('answers callers after a sync that started after they asked; callers during a sync share the next', async () => {
    const { started, sync } = manualSync();
    const wal = createWalSync('unused', sync);
    const first = wal.synced();
    const second = wal.synced();
    const third = wal.synced();
    expect(started).toHaveLength(1);
    expect(await settled(first)).toBe(false);
    started[0]?.();
    expect(await settled(first)).toBe(true);
    // The first sync may have begun before their commits: they wait for the second.
    expect(await settled(second)).toBe(false);
    expect(started).toHaveLength(2);
    started[1]?.();
    expect(await settled(Promise.all([second, third]))).toBe(true);
    expect(started).toHaveLength(2);
  });

  it('rejects the callers of a failed sync and still serves later ones', async () => {
    let fail = true;
    const wal = createWalSync('unused', async () => {
      if (fail) throw new Error('EIO');
    });
    await expect(wal.synced()).rejects.toThrow('EIO');
    fail = false;
    await expect(wal.synced()).resolves.toBeUndefined();
  });

  it('syncs a real file, takes a missing one as checkpointed and removed, and syncNow settles the queued callers', async () => {
    const file = join(dir, 'x.db-wal');
    writeFileSync(file, 'frames');
    await expect(createWalSync(file).synced()).resolves.toBeUndefined();
    await expect(createWalSync(join(dir, 'gone-wal')).synced()).resolves.toBeUndefined();
    const { started, sync } = manualSync();
    const wal = createWalSync(file, sync);
    const running = wal.synced();
    const queued = wal.synced();
    wal.syncNow();
    expect(await settled(queued)).toBe(true);
    started[0]?.();
    await running;
    expect(started).toHaveLength(1);
  });
});
