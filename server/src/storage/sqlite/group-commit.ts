import type { WalSync } from './wal-sync.ts';

export interface GroupCommitOptions {
  /** The most items one transaction takes; the rest wait for the next. */
  maxBatch?: number;
  /**
   * For batches committed without their own fsync (`synchronous=NORMAL`): callers are
   * answered once this has synced the WAL after their commit, and the event loop serves
   * other requests during the fsync instead of standing still in it.
   */
  durable?: Pick<WalSync, 'synced' | 'syncNow'>;
}

type Pending<T, R> = { item: T; resolve: (r: R) => void; reject: (e: unknown) => void };

/**
 * Batches work that arrives while the event loop is busy into one transaction.
 * Every commit must reach the disk before its callers hear of it; committing every
 * concurrent request together pays that fsync once per batch instead of once per
 * request, and every caller is answered only after its batch is durable.
 */
export function createGroupCommit<T, R>(runBatch: (items: T[]) => R[], options: GroupCommitOptions = {}) {
  const { maxBatch = 512, durable } = options;
  let queue: Array<Pending<T, R>> = [];
  let scheduled = false;

  const commit = (batch: Array<Pending<T, R>>): (() => void) | undefined => {
    try {
      const results = runBatch(batch.map((b) => b.item));
      return () => batch.forEach((b, i) => b.resolve(results[i] as R));
    } catch (error) {
      for (const b of batch) b.reject(error);
      return undefined;
    }
  };
  // While a batch's sync runs, what arrives waits and joins the next batch: committing it
  // sooner would not answer it sooner (it needs the next sync anyway), and one commit of many
  // rows writes each touched page to the WAL once instead of once per small commit.
  let syncing = false;
  const flush = () => {
    scheduled = false;
    const batch = queue.splice(0, maxBatch);
    if (batch.length === 0) return;
    const answer = commit(batch);
    if (!answer || !durable) {
      if (queue.length > 0) schedule();
      return answer?.();
    }
    syncing = true;
    durable
      .synced()
      .then(answer, (error: unknown) => {
        for (const b of batch) b.reject(error);
      })
      .finally(() => {
        syncing = false;
        if (queue.length > 0) schedule();
      });
  };
  const schedule = () => {
    if (scheduled || syncing) return;
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
    /** Commits whatever is queued now and makes it durable before returning; used on close. */
    drain(): void {
      const answers: Array<() => void> = [];
      while (queue.length > 0) {
        const answer = commit(queue.splice(0, maxBatch));
        if (answer) answers.push(answer);
      }
      durable?.syncNow();
      for (const answer of answers) answer();
    },
    reset(): void {
      queue = [];
    },
  };
}
