import type { Storage } from '../storage/types.ts';

/** Whether this node should get traffic, and why not when it should not. */
export type Readiness = { ready: true } | { ready: false; reason: 'draining' | 'database' };

/** What the readiness probe knows: the database and whether the node is shutting down. */
export interface Lifecycle {
  /** True from SIGTERM on: the proxy should stop sending new requests here. */
  isDraining(): boolean;
}

export const ALWAYS_RUNNING: Lifecycle = { isDraining: () => false };

/**
 * Ready when the node is not draining and the database answers a small query within
 * `timeoutMs` (users are few, so counting them costs little on either engine).
 */
export async function checkReadiness(storage: Storage, lifecycle: Lifecycle, timeoutMs = 2000): Promise<Readiness> {
  if (lifecycle.isDraining()) return { ready: false, reason: 'draining' };
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const answered = storage.users.count().then(
    () => true,
    () => false,
  );
  const ok = await Promise.race([answered, timeout]);
  clearTimeout(timer);
  return ok ? { ready: true } : { ready: false, reason: 'database' };
}
