import { closeSync, fdatasync, fdatasyncSync, openSync } from 'node:fs';

/** Makes what was committed to a WAL file durable, on libuv's thread pool or right now. */
export interface WalSync {
  /** Resolves once an fdatasync of the WAL that started after this call has returned. */
  synced(): Promise<void>;
  /** Syncs on this thread and settles every waiter (closing: nothing may wait for a later tick). */
  syncNow(): void;
  /** Lets go of the WAL file once no sync runs (after the connection's last commit). */
  close(): void;
}

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

/**
 * The WAL file's descriptor, opened on first use and kept: SQLite removes the WAL file only
 * when the last connection to the database closes, and the store's own connection stays open
 * as long as this is used, so the file is the same one throughout. (Opening it per sync cost
 * the event loop more than the sync's hand-over to the pool.) Linux's fdatasync flushes the
 * file's data whichever descriptor wrote it. A missing WAL file was removed by the last
 * connection to close, which first checkpointed every frame into the database file and
 * synced it: nothing is left to sync.
 */
function walFileSync(path: string) {
  let fd: number | null | undefined;
  const descriptor = (): number | null => {
    if (fd !== undefined) return fd;
    try {
      fd = openSync(path, 'r+');
    } catch (error) {
      if (!isMissing(error)) throw error;
      return null;
    }
    return fd;
  };
  return {
    sync: () =>
      new Promise<void>((resolve, reject) => {
        const at = descriptor();
        if (at === null) return resolve();
        fdatasync(at, (error) => (error ? reject(error) : resolve()));
      }),
    syncNow: () => {
      const at = descriptor();
      if (at !== null) fdatasyncSync(at);
    },
    close: () => {
      if (typeof fd === 'number') closeSync(fd);
      fd = null;
    },
  };
}

interface Waiters {
  promise: Promise<void>;
  resolve: () => void;
  reject: (error: unknown) => void;
}

function waiters(): Waiters {
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/**
 * Syncs a WAL file for commits made at `synchronous=NORMAL` (which append their frames
 * without an fsync), so that whoever waits for `synced()` is answered only once its
 * commit is on disk, as `synchronous=FULL` would have it, but without the event loop
 * standing still during the fsync: requests keep being read and validated meanwhile.
 * Syncs are grouped: callers arriving while one runs share the next one, which starts
 * when it returns (its data may postdate their commits; the running one's may not).
 */
export function createWalSync(walFile: string, sync?: (path: string) => Promise<void>): WalSync {
  const file = walFileSync(walFile);
  const syncOnce = sync ? () => sync(walFile) : file.sync;
  let running = false;
  let closing = false;
  let next: Waiters | undefined;

  const start = (group: Waiters) => {
    running = true;
    syncOnce()
      .then(group.resolve, group.reject)
      .finally(() => {
        running = false;
        const queued = next;
        next = undefined;
        if (queued) start(queued);
        else if (closing) file.close();
      });
  };

  return {
    synced() {
      next ??= waiters();
      const { promise } = next;
      if (!running) {
        const group = next;
        next = undefined;
        start(group);
      }
      return promise;
    },
    syncNow() {
      file.syncNow();
      // Every commit so far is now on disk, including those the queued group waits for.
      next?.resolve();
      next = undefined;
    },
    close() {
      closing = true;
      if (!running) file.close();
    },
  };
}
