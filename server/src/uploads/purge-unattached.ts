import type { Storage } from '../storage/types.ts';

/** How long an uploaded file may wait for the submission that points at it. */
export const UNATTACHED_UPLOAD_TTL_MS = 24 * 60 * 60 * 1000;

/**
 * Deletes files uploaded more than 24 hours ago that no submission points at: a
 * resident who picked a photo and walked away leaves nothing behind. Run daily by
 * the scheduler; answers how many files went.
 * @example await purgeUnattachedUploads(storage, clock.now()) // 3
 */
export function purgeUnattachedUploads(storage: Storage, now: Date): Promise<number> {
  return storage.uploads.purgeUnattached(new Date(now.getTime() - UNATTACHED_UPLOAD_TTL_MS).toISOString());
}
