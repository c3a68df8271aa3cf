import { type FormEvent, useState } from 'react';
import { useI18n } from '../i18n/index.tsx';
import { navigate } from '../shell/router.tsx';
import { useSession } from '../shell/session.tsx';
import { ErrorNote } from './States.tsx';
import { useConsoleApi } from './use-console-api.ts';

/** `/account`: change my password (the old one required) and sign out everywhere. */
export function AccountPage() {
  const { t } = useI18n();
  const { user, signOut } = useSession();
  const api = useConsoleApi();
  const [error, setError] = useState<unknown>(null);
  const [mismatch, setMismatch] = useState(false);
  const [changed, setChanged] = useState(false);
  const [busy, setBusy] = useState(false);

  const onChange = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    const next = String(data.get('newPassword'));
    setChanged(false);
    setError(null);
    setMismatch(next !== String(data.get('repeat')));
    if (next !== String(data.get('repeat'))) return;
    setBusy(true);
    try {
      await api.changePassword(String(data.get('oldPassword')), next);
      form.reset();
      setChanged(true);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const everywhere = async () => {
    if (!confirm(t('account.everywhere.confirm'))) return;
    try {
      await api.logoutEverywhere();
      await signOut();
      navigate('/login');
    } catch (err) {
      setError(err);
    }
  };
  return (
    <main className="page console narrow" id="main">
      <h1>{t('account.title')}</h1>
      <p className="muted">
        {t('account.who', { name: user?.displayName ?? '', username: user?.username ?? '', org: user?.org.name ?? '' })}
      </p>
      <form className="card form-grid" onSubmit={onChange} aria-labelledby="pw-title">
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
        {changed && (
          <p className="ok" role="status">
            {t('account.changed')}
          </p>
        )}
        <div>
          <button type="submit" className="primary" disabled={busy}>
            {t('account.change')}
          </button>
        </div>
      </form>
      <section className="card" aria-labelledby="everywhere-title">
        <h2 id="everywhere-title">{t('account.everywhere')}</h2>
        <p className="muted">{t('account.everywhere.hint')}</p>
        <button type="button" onClick={everywhere}>
          {t('account.everywhere')}
        </button>
      </section>
    </main>
  );
}
