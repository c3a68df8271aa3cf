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

/**
 * The daily job: purges loose files and leaves an audit entry saying how many went
 * (no names: they were never part of a submission). The scheduler and
 * `npm run admin -- purge-uploads` both run this.
 * @example await runUploadPurge(storage, new Date()) // { files: 3 }
 */
export async function runUploadPurge(storage: Storage, now: Date): Promise<{ files: number }> {
  const files = await purgeUnattachedUploads(storage, now);
  await storage.audit.record({
    at: now.toISOString(),
    userId: null,
    orgId: null,
    action: 'uploads.purge',
    targetType: null,
    targetId: null,
    ip: null,
    detail: { files },
  });
  return { files };
}
