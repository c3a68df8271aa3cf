import { runRetention } from '../privacy/retention.ts';
import type { Storage } from '../storage/types.ts';
import type { DailyJob } from './daily-scheduler.ts';

/** The jobs the server runs once a day; add a line for a new one. */
export function dailyJobs(storage: Storage): DailyJob[] {
  return [{ name: 'retention', run: (now) => runRetention(storage, now) }];
}
