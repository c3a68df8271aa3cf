import { AsyncView } from '../console/States.tsx';
import { Link } from '../shell/router.tsx';
import { useAsync } from '../shell/use-async.ts';
import { ReviewItemRow } from './ReviewItemRow.tsx';
import { useReviewApi, useReviewText } from './use-review.ts';
import './review.css';

/**
 * `/review`: what waits in the caller's subtree, oldest first; `/review/overdue`: what
 * is past its time limit (the county and township view).
 */
export function ReviewQueuePage({ overdue = false }: { overdue?: boolean }) {
  const t = useReviewText();
  const api = useReviewApi();
  const [state, retry] = useAsync(() => (overdue ? api.overdue() : api.queue()), [api, overdue]);
  return (
    <main className="page console" id="main">
      <div className="page-head">
        <div>
          <h1>{overdue ? t('review.overdueTitle') : t('review.title')}</h1>
          {overdue && <p className="muted">{t('review.overdueIntro')}</p>}
        </div>
        <Link href={overdue ? '/review' : '/review/overdue'}>
          {overdue ? t('review.showQueue') : t('review.showOverdue')}
        </Link>
      </div>
      <AsyncView state={state} retry={retry}>
        {({ items }) =>
          items.length === 0 ? (
            <p className="muted">{overdue ? t('review.noneOverdue') : t('review.empty')}</p>
          ) : (
            <ul className="review-list">
              {items.map((item) => (
                <ReviewItemRow key={`${item.id}-${item.status}-${item.revision}`} item={item} onChanged={retry} />
              ))}
            </ul>
          )
        }
      </AsyncView>
    </main>
  );
}
