import { closeSync, fdatasyncSync, openSync } from 'node:fs';
import { open } from 'node:fs/promises';

/** Makes what was committed to a WAL file durable, on libuv's thread pool or right now. */
export interface WalSync {
  /** Resolves once an fdatasync of the WAL that started after this call has returned. */
  synced(): Promise<void>;
  /** Syncs on this thread and settles every waiter (closing: nothing may wait for a later tick). */
  syncNow(): void;
}

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

/**
 * One fdatasync of the file: Linux flushes the inode's data whichever descriptor wrote it.
 * A missing WAL file was removed by the last connection to close, which first checkpointed
 * every frame into the database file and synced it: nothing is left to sync.
 */
async function fdatasyncFile(path: string): Promise<void> {
  // Opened per sync, never kept: a descriptor kept across a WAL file's replacement would sync the old one.
  const handle = await open(path, 'r+').catch((error: unknown) => {
    if (isMissing(error)) return undefined;
    throw error;
  });
  if (!handle) return;
  try {
    await handle.datasync();
  } finally {
    await handle.close();
  }
}

function syncFileNow(path: string): void {
  let fd: number;
  try {
    fd = openSync(path, 'r+');
  } catch (error) {
    if (isMissing(error)) return;
    throw error;
  }
  try {
    fdatasyncSync(fd);
  } finally {
    closeSync(fd);
  }
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
export function createWalSync(walFile: string, sync: (path: string) => Promise<void> = fdatasyncFile): WalSync {
  let running = false;
  let next: Waiters | undefined;

  const start = (group: Waiters) => {
    running = true;
    sync(walFile)
      .then(group.resolve, group.reject)
      .finally(() => {
        running = false;
        const queued = next;
        next = undefined;
        if (queued) start(queued);
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
      syncFileNow(walFile);
      // Every commit so far is now on disk, including those the queued group waits for.
      next?.resolve();
      next = undefined;
    },
  };
}
