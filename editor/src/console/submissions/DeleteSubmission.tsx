import { type FormEvent, useState } from 'react';
import { useI18n } from '../../i18n/index.tsx';
import { useSession } from '../../shell/session.tsx';
import type { Submission } from '../types.ts';
import { useConsoleApi } from '../use-console-api.ts';

interface DeleteSubmissionProps {
  appId: string;
  submission: Submission;
  onDeleted(): void;
}

/**
 * "删除这条填报": an admin deletes one submission for good (e.g. a resident's request under
 * the personal information protection law), giving a reason the audit keeps with the receipt.
 */
export function DeleteSubmission({ appId, submission, onDeleted }: DeleteSubmissionProps) {
  const { t } = useI18n();
  const { user } = useSession();
  const api = useConsoleApi();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  if (!user?.roles.includes('admin')) return null;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!confirm(t('drawer.delete.confirm', { code: submission.receiptCode }))) return;
    try {
      await api.deleteSubmission(appId, submission.id, reason.trim());
      onDeleted();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };
  if (!asking) {
    return (
      <button type="button" className="link danger" onClick={() => setAsking(true)}>
        {t('drawer.delete')}
      </button>
    );
  }
  return (
    <form onSubmit={submit} className="unmask-form">
      <label htmlFor="delete-reason">{t('drawer.delete.reason')}</label>
      <input
        id="delete-reason"
        value={reason}
        minLength={2}
        maxLength={200}
        required
        onChange={(e) => setReason(e.target.value)}
      />
      <button type="submit" className="danger" disabled={reason.trim().length < 2}>
        {t('drawer.delete.go')}
      </button>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
