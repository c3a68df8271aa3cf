import { useState } from 'react';
import { problemText } from '../console/States.tsx';
import { useI18n } from '../i18n/index.tsx';
import { useSession } from '../shell/session.tsx';
import type { ReviewAction, ReviewItem } from './review-api.ts';
import type { ReviewTextKey } from './review-text.ts';
import { useReviewApi, useReviewText } from './use-review.ts';

const statusKey = (s: string) => `status.${s}` as ReviewTextKey;

const answerText = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : JSON.stringify(v));

/** Answers under their questions' labels, in the form's order; the builder's chosen ones also shown first. */
function labelledAnswers(item: ReviewItem) {
  const labelOf = new Map((item.questions ?? []).map((q) => [q.name, q.label]));
  const order = [...labelOf.keys(), ...Object.keys(item.values).filter((k) => !labelOf.has(k))];
  const answers = order
    .filter((k) => item.values[k] !== undefined)
    .map((k): [string, string, unknown] => [k, labelOf.get(k) ?? k, item.values[k]]);
  const glance = (item.displayFields ?? [])
    .filter((k) => item.values[k] !== undefined)
    .map((k): [string, string, unknown] => [k, labelOf.get(k) ?? k, item.values[k]]);
  return { glance, answers };
}

/** One item: its facts, the answers on demand, and the actions its state allows. */
export function ReviewItemRow({ item, onChanged }: { item: ReviewItem; onChanged(): void }) {
  const { locale } = useI18n();
  const { user } = useSession();
  const t = useReviewText();
  const api = useReviewApi();
  const [comment, setComment] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const mine = item.claimedBy?.id === user?.id;
  const { glance, answers } = labelledAnswers(item);
  const open = item.status === 'pending' || (item.status === 'claimed' && mine);
  const when = (iso: string | null) =>
    iso
      ? new Date(iso).toLocaleString(locale, { timeZone: 'Asia/Shanghai', dateStyle: 'short', timeStyle: 'short' })
      : '—';

  const act = async (action: ReviewAction) => {
    setBusy(true);
    setError('');
    try {
      await api.act(item, action, comment.trim() || undefined);
      onChanged();
    } catch (e) {
      setError(problemText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <li className={`card review-item${item.overdue ? ' review-overdue' : ''}`} data-receipt={item.receiptCode}>
      <div className="review-head">
        <strong>{item.appTitle}</strong>
        <span className="muted">{item.orgName}</span>
        <span>
          {t('review.receipt')} <code>{item.receiptCode}</code>
        </span>
        <span data-status={item.status}>{t(statusKey(item.status))}</span>
        {item.claimedBy && <span className="muted">{t('review.claimedBy', { name: item.claimedBy.displayName })}</span>}
        {item.overdue && <span className="badge badge-danger">{t('review.overdue')}</span>}
      </div>
      <p className="muted">
        {t('review.submitted')} {when(item.submittedAt)} · {t('review.due')} {when(item.reviewDueAt)}
        {item.revision > 1 ? ` · ${t('review.revision', { n: item.revision })}` : ''}
      </p>
      {glance.length > 0 && (
        <dl className="review-values review-glance">
          {glance.map(([key, label, v]) => (
            <div key={key}>
              <dt>{label}</dt>
              <dd>{answerText(v)}</dd>
            </div>
          ))}
        </dl>
      )}
      <details>
        <summary>{t('review.answers')}</summary>
        <dl className="review-values">
          {answers.map(([key, label, v]) => (
            <div key={key}>
              <dt>{label}</dt>
              <dd>{answerText(v)}</dd>
            </div>
          ))}
        </dl>
      </details>
      {(open || item.status === 'claimed') && (
        <div className="review-actions">
          {open && (
            <label className="review-comment">
              {t('review.comment')}
              <textarea value={comment} onChange={(e) => setComment(e.target.value)} rows={2} />
            </label>
          )}
          <div className="row">
            {item.status === 'pending' && (
              <button type="button" disabled={busy} onClick={() => act('claim')}>
                {t('review.claim')}
              </button>
            )}
            {item.status === 'claimed' && mine && (
              <button type="button" disabled={busy} onClick={() => act('release')}>
                {t('review.release')}
              </button>
            )}
            {open && (
              <>
                <button type="button" className="primary" disabled={busy} onClick={() => act('approve')}>
                  {t('review.approve')}
                </button>
                <button type="button" disabled={busy} onClick={() => act('return')}>
                  {t('review.return')}
                </button>
                <button type="button" className="danger" disabled={busy} onClick={() => act('reject')}>
                  {t('review.reject')}
                </button>
              </>
            )}
          </div>
        </div>
      )}
      {error && (
        <p className="error-note" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
