import { useApi } from '../api/api-context.tsx';
import type { AppSummary } from '../api/types.ts';
import { useI18n } from '../i18n/index.tsx';
import { Link } from '../shell/router.tsx';
import { useSession } from '../shell/session.tsx';
import { useAsync } from '../shell/use-async.ts';
import { AsyncView } from './States.tsx';
import { WaitingForMe } from './WaitingForMe.tsx';

/** Where an official lands: their apps with today's and total submissions, what waits for them, quick links. */
export function HomePage() {
  const { t, locale } = useI18n();
  const { user } = useSession();
  const api = useApi();
  const [state, retry] = useAsync(() => api.listApps(), [api]);
  const today = new Date().toLocaleDateString(locale, { dateStyle: 'long', timeZone: 'Asia/Shanghai' });
  return (
    <main className="page console" id="main">
      <div className="page-head">
        <div>
          <h1>{t('home.title', { name: user?.displayName ?? '' })}</h1>
          <p className="muted">{t('home.subtitle', { org: user?.org.name ?? '', date: today })}</p>
        </div>
      </div>
      <div className="home-grid">
        <section className="card home-apps" aria-labelledby="home-apps">
          <h2 id="home-apps">{t('home.apps')}</h2>
          <AsyncView state={state} retry={retry}>
            {({ items }) => <AppCards items={items} />}
          </AsyncView>
        </section>
        <div className="home-side">
          <section className="card" aria-labelledby="home-waiting">
            <h2 id="home-waiting">{t('home.waiting')}</h2>
            <WaitingForMe />
          </section>
          <section className="card" aria-labelledby="home-links">
            <h2 id="home-links">{t('home.links')}</h2>
            <QuickLinks apps={state.status === 'ok' ? state.value.items : []} admin={user?.roles.includes('admin')} />
          </section>
        </div>
      </div>
    </main>
  );
}

function AppCards({ items }: { items: AppSummary[] }) {
  const { t } = useI18n();
  if (items.length === 0) return <p className="empty">{t('home.apps.empty')}</p>;
  return (
    <ul className="app-cards">
      {items.map((app) => (
        <li key={app.id} className="app-card">
          <div className="app-card-title">
            <Link href={`/apps/${app.id}/submissions`}>{app.title}</Link>
            <span className={`status status-${app.status}`}>{t(`apps.status.${app.status}`)}</span>
          </div>
          <div className="muted small">{app.orgName}</div>
          <dl className="counts">
            <div>
              <dt>{t('home.today')}</dt>
              <dd>{app.todayCount}</dd>
            </div>
            <div>
              <dt>{t('home.total')}</dt>
              <dd>{app.submissionCount}</dd>
            </div>
          </dl>
          <div className="actions">
            <Link href={`/apps/${app.id}/submissions`}>{t('home.viewSubmissions')}</Link>
            <Link href={`/apps/${app.id}/edit`}>{t('apps.edit')}</Link>
          </div>
        </li>
      ))}
    </ul>
  );
}

function QuickLinks({ apps, admin }: { apps: AppSummary[]; admin?: boolean }) {
  const { t } = useI18n();
  const latest = [...apps].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
  return (
    <ul className="quick-links">
      <li>
        <Link href="/apps">＋ {t('home.link.create')}</Link>
      </li>
      {latest && (
        <li>
          <Link href={`/apps/${latest.id}/edit`}>{t('home.link.latest', { title: latest.title })}</Link>
        </li>
      )}
      {admin && (
        <li>
          <Link href="/orgs">{t('home.link.orgs')}</Link>
        </li>
      )}
      <li>
        <Link href="/account">{t('home.link.account')}</Link>
      </li>
    </ul>
  );
}
