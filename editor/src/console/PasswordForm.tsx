import { type FormEvent, useState } from 'react';
import { useI18n } from '../i18n/index.tsx';
import { ErrorNote } from './States.tsx';
import { useConsoleApi } from './use-console-api.ts';

/** Old password, new one twice: the account page and the forced first change share it. */
export function PasswordForm({ onChanged }: { onChanged(): void }) {
  const { t } = useI18n();
  const api = useConsoleApi();
  const [error, setError] = useState<unknown>(null);
  const [mismatch, setMismatch] = useState(false);
  const [busy, setBusy] = useState(false);

  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    const next = String(data.get('newPassword'));
    setError(null);
    setMismatch(next !== String(data.get('repeat')));
    if (next !== String(data.get('repeat'))) return;
    setBusy(true);
    try {
      await api.changePassword(String(data.get('oldPassword')), next);
      form.reset();
      onChanged();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="card form-grid" onSubmit={onSubmit} aria-labelledby="pw-title">
      <h2 id="pw-title">{t('account.password')}</h2>
      <label>
        {t('account.old')}
        <input name="oldPassword" type="password" autoComplete="current-password" required />
      </label>
      <label>
        {t('account.new')}
        <input name="newPassword" type="password" autoComplete="new-password" minLength={8} required />
      </label>
      <label>
        {t('account.repeat')}
        <input
          name="repeat"
          type="password"
          autoComplete="new-password"
          minLength={8}
          required
          aria-invalid={mismatch}
        />
      </label>
      {mismatch && (
        <p className="error" role="alert">
          {t('account.mismatch')}
        </p>
      )}
      {Boolean(error) && <ErrorNote error={error} />}
      <div>
        <button type="submit" className="primary" disabled={busy}>
          {t('account.change')}
        </button>
      </div>
    </form>
  );
}
