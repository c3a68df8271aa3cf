import type { PackView } from '@sprout/shared/api';
import { type FormEvent, useState } from 'react';
import { ApiError } from '../api/client.ts';
import { AsyncView, problemText } from '../console/States.tsx';
import { useSession } from '../shell/session.tsx';
import { useAsync } from '../shell/use-async.ts';
import { PackCard } from './PackCard.tsx';
import { useCatalogApi, useCatalogText } from './use-catalog.ts';
import './catalog.css';

/** `/catalog` (组件中台): installed packs, upload for vendors and admins, approve / withdraw / block for admins. */
export function CatalogPage() {
  const t = useCatalogText();
  const api = useCatalogApi();
  const roles = new Set(useSession().user?.roles ?? []);
  const admin = roles.has('admin');
  const [state, retry] = useAsync(() => api.packs(), [api]);
  const [notice, setNotice] = useState('');
  const [problems, setProblems] = useState<{ detail: string; errors: Array<{ path: string; message: string }> }>();

  const run = async (work: () => Promise<unknown>) => {
    setNotice('');
    setProblems(undefined);
    try {
      await work();
      retry();
    } catch (e) {
      const errors = e instanceof ApiError ? (e.problem.errors ?? []) : [];
      setProblems({ detail: e instanceof ApiError ? e.message : problemText(e), errors });
    }
  };
  const upload = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const file = new FormData(e.currentTarget).get('pack');
    if (!(file instanceof File) || file.size === 0) return;
    void run(async () => {
      const pack = await api.upload(file);
      setNotice(t('catalog.uploaded', { name: pack.name, version: pack.version }));
    });
  };
  const actions = (pack: PackView) => ({
    approve: () => void run(() => api.approve(pack.id)),
    withdraw: () => void run(() => api.withdraw(pack.id)),
    block: (reason: string) => void run(() => api.block(pack.id, reason)),
    trust: (trusted: boolean) => void run(() => api.trust(pack.id, trusted)),
  });

  return (
    <main className="page console catalog" id="main">
      <h1>{t('catalog.title')}</h1>
      <p className="muted">{t('catalog.intro')}</p>
      {(admin || roles.has('vendor')) && (
        <form className="card pack-upload" onSubmit={upload}>
          <label>
            {t('catalog.upload')}
            <input name="pack" type="file" accept=".tgz,application/gzip" required />
          </label>
          <button type="submit" className="primary">
            {t('catalog.uploadButton')}
          </button>
        </form>
      )}
      {notice && <p role="status">{notice}</p>}
      {problems && (
        <div className="error-note pack-problems" role="alert">
          <p>
            {problems.errors.length > 0 ? t('catalog.refused') : ''} {problems.detail}
          </p>
          {problems.errors.length > 0 && (
            <ul>
              {problems.errors.map((e) => (
                <li key={`${e.path}:${e.message}`}>
                  <code>{e.path || '/'}</code>：{e.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <AsyncView state={state} retry={retry}>
        {({ items }) =>
          items.length === 0 ? (
            <p className="muted">{t('catalog.empty')}</p>
          ) : (
            items.map((pack) => <PackCard key={pack.id} pack={pack} admin={admin} actions={actions(pack)} />)
          )
        }
      </AsyncView>
    </main>
  );
}
