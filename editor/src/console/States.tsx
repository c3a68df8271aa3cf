import type { ReactNode } from 'react';
import { ApiError } from '../api/client.ts';
import { useI18n } from '../i18n/index.tsx';
import type { AsyncState } from '../shell/use-async.ts';

/** The server's own words for a failure (problem+json detail and field messages, in the asked language). */
export function problemText(error: unknown): string {
  if (error instanceof ApiError) {
    // Field messages say exactly what to fix ("原密码不正确"); the general detail only when there are none.
    const fields = (error.problem.errors ?? []).map((e) => e.message).filter(Boolean);
    return fields.length > 0 ? fields.join('；') : error.message;
  }
  return error instanceof Error ? error.message : String(error);
}

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="loading" role="status">
      {t('common.loading')}
    </p>
  );
}

/** A failed request: 404 and 403 in plain words (the server answers 404 outside one's area), else its message. */
export function ErrorNote({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  const status = error instanceof ApiError ? error.status : 0;
  const text =
    status === 404
      ? t('state.notFound')
      : status === 403
        ? t('state.forbidden')
        : t('common.error', { message: problemText(error) });
  return (
    <div className="error-note" role="alert">
      <p>{text}</p>
      {onRetry && status !== 404 && status !== 403 && (
        <button type="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}

/** Renders an async value: loading, the error with a retry, or the content. */
export function AsyncView<T>({
  state,
  retry,
  children,
}: {
  state: AsyncState<T>;
  retry?: () => void;
  children(value: T): ReactNode;
}) {
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <ErrorNote error={state.error} onRetry={retry} />;
  return <>{children(state.value)}</>;
}
