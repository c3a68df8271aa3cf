import { type FormEvent, useState } from 'react';
import { ApiError } from '../api/client.ts';
import { useI18n } from '../i18n/index.tsx';
import { LanguageToggle } from './LanguageToggle.tsx';
import { useSession } from './session.tsx';

export function LoginPage() {
  const { t } = useI18n();
  const { signIn } = useSession();
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    setBusy(true);
    setError('');
    try {
      await signIn(String(data.get('username')), String(data.get('password')));
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) setError(t('login.wrong'));
      else if (err instanceof ApiError && err.status === 429 && err.retryAfter) {
        setError(t('login.lockedFor', { minutes: Math.ceil(err.retryAfter / 60) }));
      } else if (err instanceof ApiError && err.status === 429) setError(t('login.locked'));
      else setError(t('common.error', { message: (err as Error).message }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <main className="login" id="main">
      <form className="login-card" onSubmit={onSubmit}>
        <div className="login-brand">
          <span aria-hidden="true">●</span> {t('app.name')} · {t('app.tagline')}
        </div>
        <h1>{t('login.title')}</h1>
        <label>
          {t('login.username')}
          <input name="username" autoComplete="username" required />
        </label>
        <label>
          {t('login.password')}
          <input name="password" type="password" autoComplete="current-password" required />
        </label>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {t('login.submit')}
        </button>
        <LanguageToggle />
      </form>
    </main>
  );
}
