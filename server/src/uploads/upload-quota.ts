import type { Storage } from '../storage/types.ts';

export interface UploadQuota {
  files: number;
  megabytes: number;
}

/** Caps on uploads per rolling day: one address across all apps, and one app from everyone. */
export interface UploadQuotas {
  perAddress: UploadQuota;
  perApp: UploadQuota;
}

// A resident sends a handful of photos; a village app a few thousand a day at most.
export const DEFAULT_UPLOAD_QUOTAS: UploadQuotas = {
  perAddress: { files: 200, megabytes: 1024 },
  perApp: { files: 20_000, megabytes: 20 * 1024 },
};

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Which quota one more file of `size` bytes would break, if any. A null address
 * (unknown socket) is counted only against the app's quota.
 * @example await exceededQuota(storage, quotas, { appId: 3, ip: '10.0.0.1', size: 2e6, now })
 */
export async function exceededQuota(
  storage: Storage,
  quotas: UploadQuotas,
  upload: { appId: number; ip: string | null; size: number; now: Date },
): Promise<'address' | 'app' | null> {
  const since = new Date(upload.now.getTime() - DAY_MS).toISOString();
  const over = (used: { files: number; bytes: number }, q: UploadQuota) =>
    used.files + 1 > q.files || used.bytes + upload.size > q.megabytes * 1024 * 1024;
  if (upload.ip && over(await storage.uploads.usage(since, { ip: upload.ip }), quotas.perAddress)) return 'address';
  if (over(await storage.uploads.usage(since, { appId: upload.appId }), quotas.perApp)) return 'app';
  return null;
}
