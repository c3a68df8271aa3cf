import { useMemo, useState } from 'react';
import { useApi } from '../../api/api-context.tsx';
import { type MessageKey, useI18n } from '../../i18n/index.tsx';
import { navigate } from '../../shell/router.tsx';
import { useAsync } from '../../shell/use-async.ts';
import { deployApi } from '../deploy-api.ts';
import { AsyncView, ErrorNote } from '../States.tsx';
import { VersionPosters } from './VersionPosters.tsx';

/** `/apps/:id/manage`: archive or delete an app, and download the poster of any published version. */
export function AppManagePage({ appId }: { appId: string }) {
  const { t } = useI18n();
  const base = useApi();
  const api = useMemo(() => deployApi(base), [base]);
  const [state, reload] = useAsync(
    async () => ({ app: await api.app(appId), versions: (await api.versions(appId)).items }),
    [api, appId],
  );
  const [error, setError] = useState<unknown>(null);
  const act = (step: () => Promise<unknown>, after: () => void) => async () => {
    setError(null);
    try {
      await step();
      after();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <main className="page console narrow" id="main">
      <AsyncView state={state} retry={reload}>
        {({ app, versions }) => (
          <>
            <h1>{t('manage.title', { title: app.title })}</h1>
            <p>
              {t('manage.status', {
                status: t(`apps.status.${app.status}` as MessageKey),
                n: app.submissionCount,
              })}
            </p>
            {Boolean(error) && <ErrorNote error={error} />}
            <section className="card" aria-labelledby="archive-title">
              <h2 id="archive-title">{app.status === 'archived' ? t('manage.unarchive') : t('manage.archive')}</h2>
              <p className="muted">{t('manage.archive.hint')}</p>
              {app.publishedVersion !== null && (
                <button type="button" onClick={act(() => api.setArchived(appId, app.status !== 'archived'), reload)}>
                  {app.status === 'archived' ? t('manage.unarchive') : t('manage.archive')}
                </button>
              )}
            </section>
            <section className="card" aria-labelledby="delete-title">
              <h2 id="delete-title">{t('manage.delete')}</h2>
              <p className="muted">{app.submissionCount > 0 ? t('manage.delete.blocked') : t('manage.delete.hint')}</p>
              <button
                type="button"
                className="danger"
                disabled={app.submissionCount > 0}
                onClick={() => {
                  if (!confirm(t('manage.delete.confirm', { title: app.title }))) return;
                  void act(
                    () => api.deleteApp(appId),
                    () => navigate('/apps'),
                  )();
                }}
              >
                {t('manage.delete')}
              </button>
            </section>
            <section className="card" aria-labelledby="versions-title">
              <h2 id="versions-title">{t('manage.versions')}</h2>
              <VersionPosters
                slug={app.slug}
                versions={versions}
                titleOf={(version) => api.versionTitle(appId, version)}
              />
            </section>
          </>
        )}
      </AsyncView>
    </main>
  );
}
