import { useEffect } from 'react';
import { useI18n } from '../i18n/index.tsx';
import { FirstPasswordPage } from './FirstPasswordPage.tsx';
import { Layout } from './Layout.tsx';
import { LoginPage } from './LoginPage.tsx';
import { ROUTES } from './routes.tsx';
import { matchPath, navigate, usePath } from './router.tsx';
import { useSession } from './session.tsx';

/** Routes the signed-in official; anyone else sees the login page, then lands where they were going. */
export function App() {
  const { t } = useI18n();
  const { user, loading } = useSession();
  const path = usePath();
  useEffect(() => {
    if (user && path === '/') navigate('/home', true);
    else if (user && path === '/login') navigate('/apps', true);
  }, [user, path]);
  if (loading) return <p className="loading">{t('common.loading')}</p>;
  if (!user) return <LoginPage />;
  if (user.mustChangePassword) return <FirstPasswordPage />;
  for (const route of ROUTES) {
    const params = matchPath(route.pattern, path);
    if (!params) continue;
    return route.bare ? route.render(params) : <Layout>{route.render(params)}</Layout>;
  }
  return (
    <Layout>
      <p className="loading">{t('common.loading')}</p>
    </Layout>
  );
}
