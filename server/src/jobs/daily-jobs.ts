import { runRetention } from '../privacy/retention.ts';
import type { Storage } from '../storage/types.ts';
import { purgeUnattachedUploads } from '../uploads/purge-unattached.ts';
import type { DailyJob } from './daily-scheduler.ts';

/** Files a resident picked but never sent, gone after 24 hours; the audit says how many. */
async function purgeUploads(storage: Storage, now: Date): Promise<number> {
  const files = await purgeUnattachedUploads(storage, now);
  if (files > 0) {
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
  }
  return files;
}

/** The jobs the server runs once a day; add a line for a new one. */
export function dailyJobs(storage: Storage): DailyJob[] {
  return [
    { name: 'retention', run: (now) => runRetention(storage, now) },
    { name: 'purge-unattached-uploads', run: (now) => purgeUploads(storage, now) },
  ];
}
