import { ReviewCounts } from '../review/ReviewCounts.tsx';

/** The home page's "waiting for me" slot: review counts (pending, claimed by me, overdue) with links. */
export function WaitingForMe() {
  return <ReviewCounts />;
}
