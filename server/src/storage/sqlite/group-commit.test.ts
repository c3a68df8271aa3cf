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
    const commits = createGroupCommit((items: number[]) => {
      sizes.push(items.length);
      if (items.includes(-1)) throw new Error('disk full');
      return items;
    }, 2);
    await Promise.all([1, 2, 3, 4, 5].map((i) => commits.submit(i)));
    expect(sizes).toEqual([2, 2, 1]);
    const failed = await Promise.allSettled([commits.submit(-1), commits.submit(7)]);
    expect(failed.map((f) => f.status)).toEqual(['rejected', 'rejected']);
  });
});
