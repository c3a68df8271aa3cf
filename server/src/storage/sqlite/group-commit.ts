/**
 * Batches work that arrives while the event loop is busy into one transaction.
 * With synchronous=FULL each commit waits for an fsync; committing every concurrent
 * request together pays that wait once per batch instead of once per request, and
 * every caller is answered only after the batch's commit returned.
 */
export function createGroupCommit<T, R>(runBatch: (items: T[]) => R[], maxBatch = 512) {
  let queue: Array<{ item: T; resolve: (r: R) => void; reject: (e: unknown) => void }> = [];
  let scheduled = false;

  const flush = () => {
    scheduled = false;
    const batch = queue.splice(0, maxBatch);
    if (queue.length > 0) schedule();
    if (batch.length === 0) return;
    try {
      const results = runBatch(batch.map((b) => b.item));
      batch.forEach((b, i) => b.resolve(results[i] as R));
    } catch (error) {
      for (const b of batch) b.reject(error);
    }
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    // setImmediate runs after pending I/O callbacks, so requests already read join this batch.
    setImmediate(flush);
  };

  return {
    submit(item: T): Promise<R> {
      return new Promise<R>((resolve, reject) => {
        queue.push({ item, resolve, reject });
        schedule();
      });
    },
    /** Commits whatever is queued now; used on close. */
    drain(): void {
      while (queue.length > 0) flush();
    },
    reset(): void {
      queue = [];
    },
  };
}
