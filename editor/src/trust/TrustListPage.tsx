import { type FormEvent, useState } from 'react';
import { AsyncView, problemText } from '../console/States.tsx';
import { useAsync } from '../shell/use-async.ts';
import { useReviewApi, useReviewText } from '../review/use-review.ts';

/** `/trust`: other deployments whose result codes verify here (互认), and key rotation. */
export function TrustListPage() {
  const t = useReviewText();
  const api = useReviewApi();
  const [state, retry] = useAsync(() => api.trustList(), [api]);
  const [error, setError] = useState('');
  const [notice, setNotice] = useState('');

  const run = async (work: () => Promise<unknown>) => {
    setError('');
    setNotice('');
    try {
      await work();
      retry();
    } catch (e) {
      setError(problemText(e));
    }
  };

  const add = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const file = form.get('jwksFile');
    const url = String(form.get('jwksUrl') ?? '').trim();
    const target = e.currentTarget;
    void run(async () => {
      const jwks = file instanceof File && file.size > 0 ? JSON.parse(await file.text()) : undefined;
      await api.addTrust({
        name: String(form.get('name') ?? '').trim(),
        issuerPrefix: String(form.get('issuerPrefix') ?? '').trim(),
        ...(jwks ? { jwks } : { jwksUrl: url }),
      });
      target.reset();
    });
  };

  return (
    <main className="page console" id="main">
      <div className="page-head">
        <div>
          <h1>{t('trust.title')}</h1>
          <p className="muted">{t('trust.intro')}</p>
        </div>
        <button
          type="button"
          onClick={() =>
            void run(async () => setNotice(t('trust.rotated', { kid: (await api.rotateKeys()).kid.slice(0, 8) })))
          }
        >
          {t('trust.rotate')}
        </button>
      </div>
      {notice && <p role="status">{notice}</p>}
      {error && (
        <p className="error-note" role="alert">
          {error}
        </p>
      )}
      <AsyncView state={state} retry={retry}>
        {({ items }) =>
          items.length === 0 ? (
            <p className="muted">{t('trust.empty')}</p>
          ) : (
            <table className="table">
              <tbody>
                {items.map((i) => (
                  <tr key={i.id}>
                    <td>{i.name}</td>
                    <td>
                      <code>{i.issuerPrefix}</code>
                    </td>
                    <td>{t('trust.keys', { n: i.keys.length })}</td>
                    <td>
                      <button type="button" className="danger" onClick={() => void run(() => api.removeTrust(i.id))}>
                        {t('trust.remove')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </AsyncView>
      <form className="card trust-form" onSubmit={add}>
        <label>
          {t('trust.name')}
          <input name="name" required maxLength={100} />
        </label>
        <label>
          {t('trust.prefix')}
          <input name="issuerPrefix" type="url" required />
        </label>
        <label>
          {t('trust.url')}
          <input name="jwksUrl" type="url" />
        </label>
        <label>
          {t('trust.file')}
          <input name="jwksFile" type="file" accept="application/json,.json" />
        </label>
        <button type="submit" className="primary">
          {t('trust.add')}
        </button>
      </form>
    </main>
  );
}
