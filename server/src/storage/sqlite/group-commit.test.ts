import { describe, expect, it } from 'vitest';
import { createGroupCommit } from './group-commit.ts';

describe('createGroupCommit', () => {
  it('runs what arrives in one tick as one batch and answers each caller its own result', async () => {
    const batches: number[][] = [];
    const commits = createGroupCommit((items: number[]) => {
      batches.push(items);
      return items.map((i) => i * 10);
    });
    const answers = await Promise.all([1, 2, 3].map((i) => commits.submit(i)));
    expect(answers).toEqual([10, 20, 30]);
    expect(batches).toEqual([[1, 2, 3]]);
    expect(await commits.submit(4)).toBe(40);
    expect(batches).toHaveLength(2);
  });

  it('splits past the batch limit and rejects every caller of a failed batch', async () => {
    const sizes: number[] = [];
    const commits = createGroupCommit(
      (items: number[]) => {
        sizes.push(items.length);
        if (items.includes(-1)) throw new Error('disk full');
        return items;
      },
      { maxBatch: 2 },
    );
    await Promise.all([1, 2, 3, 4, 5].map((i) => commits.submit(i)));
    expect(sizes).toEqual([2, 2, 1]);
    const failed = await Promise.allSettled([commits.submit(-1), commits.submit(7)]);
    expect(failed.map((f) => f.status)).toEqual(['rejected', 'rejected']);
  });
});

describe('createGroupCommit with a durable step', () => {
  const controlled = () => {
    const syncs: Array<{ resolve: () => void; reject: (e: unknown) => void }> = [];
    let syncedNow = 0;
    const durable = {
      synced: () => new Promise<void>((resolve, reject) => syncs.push({ resolve, reject })),
      syncNow: () => {
        syncedNow++;
      },
    };
    return { syncs, durable, syncedNow: () => syncedNow };
  };

  /** A group commit that records each batch it commits and answers every item with itself. */
  const recording = (durable: ReturnType<typeof controlled>['durable']) => {
    const committed: number[][] = [];
    const commits = createGroupCommit(
      (items: number[]) => {
        committed.push(items);
        return items;
      },
      { durable },
    );
    return { committed, commits };
  };

  it('answers a batch only once its sync returned, and rejects it when the sync fails', async () => {
    const { syncs, durable } = controlled();
    const { committed, commits } = recording(durable);
    let answered = false;
    const batch = Promise.all([commits.submit(1), commits.submit(2)]).then((r) => {
      answered = true;
      return r;
    });
    await new Promise((r) => setImmediate(r));
    expect(committed).toEqual([[1, 2]]);
    expect(answered).toBe(false);
    syncs[0]?.resolve();
    expect(await batch).toEqual([1, 2]);
    const failing = commits.submit(3);
    await new Promise((r) => setImmediate(r));
    syncs[1]?.reject(new Error('EIO'));
    await expect(failing).rejects.toThrow('EIO');
  });

  it('holds what arrives during a sync and commits it as one batch when the sync returns', async () => {
    const { syncs, durable } = controlled();
    const { committed, commits } = recording(durable);
    const first = commits.submit(1);
    await new Promise((r) => setImmediate(r));
    const later = [commits.submit(2), commits.submit(3)];
    await new Promise((r) => setImmediate(r));
    await new Promise((r) => setImmediate(r));
    const third = commits.submit(4);
    await new Promise((r) => setImmediate(r));
    expect(committed).toEqual([[1]]);
    syncs[0]?.resolve();
    await first;
    for (let i = 0; i < 3; i++) await new Promise((r) => setImmediate(r));
    expect(committed).toEqual([[1], [2, 3, 4]]);
    syncs[1]?.resolve();
    expect(await Promise.all([...later, third])).toEqual([2, 3, 4]);
  });

  it('drain commits what is queued, syncs on the spot and answers it', async () => {
    const { syncs, durable, syncedNow } = controlled();
    const commits = createGroupCommit((items: number[]) => items, { durable });
    const queued = commits.submit(5);
    commits.drain();
    expect(syncedNow()).toBe(1);
    expect(await queued).toBe(5);
    expect(syncs).toHaveLength(0);
  });
});
