import { useState } from 'react';
import { useI18n } from '../../i18n/index.tsx';
import { useSession } from '../../shell/session.tsx';
import type { Submission } from '../types.ts';
import { useConsoleApi } from '../use-console-api.ts';
import { ReasonForm } from './ReasonForm.tsx';

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
  if (!user?.roles.includes('admin')) return null;
  if (!asking) {
    return (
      <button type="button" className="link danger" onClick={() => setAsking(true)}>
        {t('drawer.delete')}
      </button>
    );
  }
  return (
    <ReasonForm
      id="delete-reason"
      label={t('drawer.delete.reason')}
      submitLabel={t('drawer.delete.go')}
      danger
      confirm={() => confirm(t('drawer.delete.confirm', { code: submission.receiptCode }))}
      onSubmit={async (reason) => {
        await api.deleteSubmission(appId, submission.id, reason);
        onDeleted();
      }}
    />
  );
}
