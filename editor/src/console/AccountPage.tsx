import { useState } from 'react';
import { useI18n } from '../i18n/index.tsx';
import { navigate } from '../shell/router.tsx';
import { useSession } from '../shell/session.tsx';
import { PasswordForm } from './PasswordForm.tsx';
import { ErrorNote } from './States.tsx';
import { useConsoleApi } from './use-console-api.ts';

/** `/account`: change my password (the old one required) and sign out everywhere. */
export function AccountPage() {
  const { t } = useI18n();
  const { user, signOut } = useSession();
  const api = useConsoleApi();
  const [error, setError] = useState<unknown>(null);
  const [changed, setChanged] = useState(false);

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
      <PasswordForm onChanged={() => setChanged(true)} />
      {Boolean(error) && <ErrorNote error={error} />}
      {changed && (
        <p className="ok" role="status">
          {t('account.changed')}
        </p>
      )}
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
