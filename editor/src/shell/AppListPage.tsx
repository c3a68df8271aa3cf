import { useState } from 'react';
import { useApi } from '../api/api-context.tsx';
import type { AppSummary } from '../api/types.ts';
import { useI18n } from '../i18n/index.tsx';
import { CreateAppDialog } from './CreateAppDialog.tsx';
import { Link } from './router.tsx';
import { useAsync } from './use-async.ts';

export function AppListPage() {
  const { t } = useI18n();
  const api = useApi();
  const [state, reload] = useAsync(() => api.listApps(), [api]);
  const [creating, setCreating] = useState(false);
  return (
    <main className="page" id="main">
      <div className="page-head">
        <h1>{t('apps.title')}</h1>
        <button type="button" className="primary" onClick={() => setCreating(true)}>
          ＋ {t('apps.create')}
        </button>
      </div>
      {state.status === 'loading' && <p>{t('common.loading')}</p>}
      {state.status === 'error' && (
        <p className="error" role="alert">
          {t('common.error', { message: state.error.message })}{' '}
          <button type="button" onClick={reload}>
            {t('common.retry')}
          </button>
        </p>
      )}
      {state.status === 'ok' && <AppTable items={state.value.items} />}
      {creating && <CreateAppDialog onClose={() => setCreating(false)} />}
    </main>
  );
}

function AppTable({ items }: { items: AppSummary[] }) {
  const { t, locale } = useI18n();
  if (items.length === 0) return <p className="empty">{t('apps.empty')}</p>;
  return (
    <table className="table">
      <thead>
        <tr>
          <th>{t('apps.col.title')}</th>
          <th>{t('apps.col.status')}</th>
          <th>{t('apps.col.version')}</th>
          <th>{t('apps.col.submissions')}</th>
          <th>{t('apps.col.updated')}</th>
          <th>{t('apps.col.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((app) => (
          <tr key={app.id}>
            <td>
              <Link href={`/apps/${app.id}/edit`}>{app.title}</Link>
              <div className="muted">{app.orgName}</div>
            </td>
            <td>
              <span className={`status status-${app.status}`}>{t(`apps.status.${app.status}`)}</span>
            </td>
            <td>{app.publishedVersion ? `v${app.publishedVersion}` : '—'}</td>
            <td>
              {app.submissionCount} <span className="muted">{t('apps.today', { n: app.todayCount })}</span>
            </td>
            <td>{new Date(app.updatedAt).toLocaleString(locale)}</td>
            <td className="actions">
              <Link href={`/apps/${app.id}/edit`}>{t('apps.edit')}</Link>
              <Link href={`/apps/${app.id}/manage`}>{t('apps.manage')}</Link>
              {app.status !== 'draft' && <Link href={`/apps/${app.id}/submissions`}>{t('home.viewSubmissions')}</Link>}
              {app.status !== 'draft' && (
                <a href={`/a/${app.slug}`} target="_blank" rel="noreferrer">
                  {t('apps.open')}
                </a>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
