import { useState } from 'react';
import { useI18n } from '../../i18n/index.tsx';
import { Dialog } from '../../shell/Dialog.tsx';

/** A new password, shown this once: the server keeps only its hash. */
export function PasswordOnce({ name, password, onClose }: { name: string; password: string; onClose(): void }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  const copy = () =>
    navigator.clipboard?.writeText(password).then(
      () => setCopied(true),
      () => undefined,
    );
  return (
    <Dialog title={t('users.password.title', { name })} onClose={onClose}>
      <p>{t('users.password.once')}</p>
      <p className="password-once mono" data-testid="new-password">
        {password}
      </p>
      <div className="dialog-actions">
        <button type="button" onClick={copy}>
          {copied ? t('users.password.copied') : t('users.password.copy')}
        </button>
        <button type="button" className="primary" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </Dialog>
  );
}
