import { type FormEvent, useState } from 'react';
import { useI18n } from '../../i18n/index.tsx';
import type { Submission } from '../types.ts';
import { useConsoleApi } from '../use-console-api.ts';

interface UnmaskBarProps {
  appId: string;
  submission: Submission;
  /** Set once the official has unmasked this submission: the drawer then shows the mark. */
  unmasked: boolean;
  onUnmasked(whole: Submission): void;
}

/**
 * "查看敏感信息": masked values are shown whole only after the official gives a reason,
 * which the server audits; afterwards a visible "已查看敏感信息" mark stays on the drawer.
 */
export function UnmaskBar({ appId, submission, unmasked, onUnmasked }: UnmaskBarProps) {
  const { t } = useI18n();
  const api = useConsoleApi();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  if (unmasked) {
    return (
      <p className="unmasked-mark" role="status">
        {t('drawer.unmasked')}
      </p>
    );
  }
  if (submission.masked.length === 0) return null;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      onUnmasked(await api.unmask(appId, submission.id, reason.trim()));
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="unmask">
      <p className="muted small">{t('drawer.maskedNote')}</p>
      {!asking ? (
        <button type="button" className="secondary" onClick={() => setAsking(true)}>
          {t('drawer.unmask')}
        </button>
      ) : (
        <form onSubmit={submit} className="unmask-form">
          <label htmlFor="unmask-reason">{t('drawer.unmaskReason')}</label>
          <input
            id="unmask-reason"
            value={reason}
            minLength={2}
            maxLength={200}
            required
            aria-describedby="unmask-help"
            onChange={(e) => setReason(e.target.value)}
          />
          <p className="muted small" id="unmask-help">
            {t('drawer.unmaskReasonHelp')}
          </p>
          <button type="submit" disabled={busy || reason.trim().length < 2}>
            {t('drawer.unmaskConfirm')}
          </button>
          {error && (
            <p className="error" role="alert">
              {error}
            </p>
          )}
        </form>
      )}
    </div>
  );
}
