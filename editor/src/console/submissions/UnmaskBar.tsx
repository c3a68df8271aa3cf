import { useState } from 'react';
import { useI18n } from '../../i18n/index.tsx';
import type { Submission } from '../types.ts';
import { useConsoleApi } from '../use-console-api.ts';
import { ReasonForm } from './ReasonForm.tsx';

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
  if (unmasked) {
    return (
      <p className="unmasked-mark" role="status">
        {t('drawer.unmasked')}
      </p>
    );
  }
  if (submission.masked.length === 0) return null;
  return (
    <div className="unmask">
      <p className="muted small">{t('drawer.maskedNote')}</p>
      {!asking ? (
        <button type="button" className="secondary" onClick={() => setAsking(true)}>
          {t('drawer.unmask')}
        </button>
      ) : (
        <ReasonForm
          id="unmask-reason"
          label={t('drawer.unmaskReason')}
          help={t('drawer.unmaskReasonHelp')}
          submitLabel={t('drawer.unmaskConfirm')}
          onSubmit={async (reason) => onUnmasked(await api.unmask(appId, submission.id, reason))}
        />
      )}
    </div>
  );
}
