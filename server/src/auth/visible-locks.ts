import type { LoginLockView } from '@sprout/shared/api';
import type { Storage, User } from '../storage/types.ts';

/**
 * The locks an administrator may see and clear: those of officials in their subtree.
 * Locks of an address across usernames, and of usernames that name nobody, belong to no
 * org, so only a system administrator sees them.
 */
export async function visibleLocks(storage: Storage, viewer: User, now: number): Promise<LoginLockView[]> {
  const out: LoginLockView[] = [];
  for (const lock of await storage.loginLocks.locked(now)) {
    const found = lock.username === null ? undefined : await storage.users.byUsername(lock.username);
    const inScope = found ? await storage.users.get(found.id, { orgId: viewer.orgId }) : undefined;
    if (!inScope && !viewer.systemAdmin) continue;
    const user = found ? { id: found.id, displayName: found.displayName, orgId: found.orgId } : null;
    out.push({ ...lock, user });
  }
  return out;
}
