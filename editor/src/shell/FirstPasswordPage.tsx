import { PasswordForm } from '../console/PasswordForm.tsx';
import { useI18n } from '../i18n/index.tsx';
import { LanguageToggle } from './LanguageToggle.tsx';
import { useSession } from './session.tsx';

/** Shown instead of everything else while the password is one an administrator chose. */
export function FirstPasswordPage() {
  const { t } = useI18n();
  const { user, passwordChanged, signOut } = useSession();
  return (
    <main className="page console narrow" id="main">
      <h1>{t('firstPassword.title')}</h1>
      <p>{t('firstPassword.hint')}</p>
      <p className="muted">
        {t('account.who', { name: user?.displayName ?? '', username: user?.username ?? '', org: user?.org.name ?? '' })}
      </p>
      <PasswordForm onChanged={passwordChanged} />
      <p>
        <button type="button" onClick={() => void signOut()}>
          {t('firstPassword.signOut')}
        </button>
      </p>
      <LanguageToggle />
    </main>
  );
}
