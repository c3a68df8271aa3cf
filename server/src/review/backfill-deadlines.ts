import { reviewDeadline, type WorkCalendar } from '@sprout/shared/review';
import type { Storage } from '../storage/types.ts';
import { DEFAULT_REVIEW_DAYS } from '../submissions/submission-extras.ts';

/**
 * Gives a deadline to every open review item that has none (rows stored before
 * deadlines were kept), from its app version's time limit, so nothing waits unseen.
 * Answers how many it dated.
 */
export async function backfillReviewDeadlines(storage: Storage, calendar: WorkCalendar = {}): Promise<number> {
  const undated = await storage.review.undated();
  const limits = new Map<string, number>();
  for (const item of undated) {
    const key = `${item.appId}/${item.version}`;
    if (!limits.has(key)) {
      const version = await storage.apps.version(item.appId, item.version);
      limits.set(key, version?.definition.settings.review.timeLimitDays ?? DEFAULT_REVIEW_DAYS);
    }
    const due = reviewDeadline(new Date(item.submittedAt), limits.get(key)!, calendar);
    await storage.review.setDueAt(item.id, due.toISOString());
  }
  return undated.length;
}
