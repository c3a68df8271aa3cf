import { Link } from '../shell/router.tsx';
import { useAsync } from '../shell/use-async.ts';
import { useReviewApi, useReviewText } from './use-review.ts';
import './review.css';

/** The home page's "waiting for me": counts of pending, claimed-by-me and overdue items, each a link. */
export function ReviewCounts() {
  const t = useReviewText();
  const api = useReviewApi();
  const [state] = useAsync(() => api.summary(), [api]);
  if (state.status !== 'ok') return null;
  const { waiting, claimedByMe, overdue } = state.value;
  return (
    <ul className="review-counts" data-testid="review-counts">
      <li>
        <Link href="/review">{t('home.waitingCount', { n: waiting })}</Link>
      </li>
      <li>
        <Link href="/review">{t('home.mineCount', { n: claimedByMe })}</Link>
      </li>
      <li className={overdue > 0 ? 'late' : undefined}>
        <Link href="/review/overdue">{t('home.overdueCount', { n: overdue })}</Link>
      </li>
    </ul>
  );
}
