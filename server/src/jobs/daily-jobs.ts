import { runRetention } from '../privacy/retention.ts';
import type { Storage } from '../storage/types.ts';
import { runUploadPurge } from '../uploads/purge-unattached.ts';
import type { DailyJob } from './daily-scheduler.ts';

/** The jobs the server runs once a day; add a line for a new one. */
export function dailyJobs(storage: Storage): DailyJob[] {
  return [
    { name: 'retention', run: (now) => runRetention(storage, now) },
    // Files a resident picked but never sent, gone after 24 hours; the audit says how many.
    { name: 'purge-unattached-uploads', run: (now) => runUploadPurge(storage, now) },
  ];
}
