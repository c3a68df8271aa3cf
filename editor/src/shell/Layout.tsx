import type { ReactNode } from 'react';
import { useI18n } from '../i18n/index.tsx';
import { LanguageToggle } from './LanguageToggle.tsx';
import { NAV_ITEMS } from './routes.tsx';
import { Link, navigate, usePath } from './router.tsx';
import { useSession } from './session.tsx';

/** The officials' frame: brand, navigation (the console pages add entries to NAV_ITEMS), user and language. */
export function Layout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { user, signOut } = useSession();
  const path = usePath();
  const roles = new Set(user?.roles ?? []);
  return (
    <div className="shell">
      <a className="skip" href="#main">
        {t('nav.skip')}
      </a>
      <header className="topbar">
        <Link href="/apps" className="brand">
          <span aria-hidden="true">●</span> {t('app.name')}
        </Link>
        <nav aria-label={t('app.name')}>
          {NAV_ITEMS.filter((n) => !n.role || roles.has(n.role)).map((n) => (
            <Link key={n.href} href={n.href} aria-current={path.startsWith(n.href) ? 'page' : undefined}>
              {t(n.label)}
            </Link>
          ))}
        </nav>
        <span className="spacer" />
        <span className="who">
          {user?.displayName} · {user?.org.name}
        </span>
        <LanguageToggle />
        <button type="button" className="link" onClick={() => signOut().then(() => navigate('/login'))}>
          {t('nav.logout')}
        </button>
      </header>
      {children}
    </div>
  );
}
