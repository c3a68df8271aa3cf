import { useMemo, useState } from 'react';
import { useApi } from '../../api/api-context.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useAsync } from '../../shell/use-async.ts';
import { deployApi, type LoginLock } from '../deploy-api.ts';
import { AsyncView, ErrorNote } from '../States.tsx';

/** Sign-in locks of my subtree's officials (and, for a system administrator, of addresses): see and lift them. */
export function LoginLocks() {
  const { t, locale } = useI18n();
  const base = useApi();
  const api = useMemo(() => deployApi(base), [base]);
  const [state, reload] = useAsync(() => api.loginLocks(), [api]);
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>(null);
  const who = (lock: LoginLock) => lock.user?.displayName ?? lock.username ?? t('locks.anyUser');
  const lift = async (lock: LoginLock) => {
    setError(null);
    try {
      await api.clearLock(lock);
      setNote(t('locks.cleared', { who: `${who(lock)} · ${lock.address}` }));
      reload();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <section className="card" aria-labelledby="locks-title">
      <h2 id="locks-title">{t('locks.title')}</h2>
      <p className="muted">{t('locks.hint')}</p>
      {note && (
        <p className="ok" role="status">
          {note}
        </p>
      )}
      {Boolean(error) && <ErrorNote error={error} />}
      <AsyncView state={state} retry={reload}>
        {({ items }) =>
          items.length === 0 ? (
            <p className="empty">{t('locks.none')}</p>
          ) : (
            <table className="table">
              <thead>
                <tr>
                  <th>{t('locks.user')}</th>
                  <th>{t('locks.address')}</th>
                  <th>{t('locks.failures')}</th>
                  <th>{t('locks.until')}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {items.map((lock) => (
                  <tr key={`${lock.username ?? '*'}@${lock.address}`}>
                    <td>{who(lock)}</td>
                    <td>{lock.address}</td>
                    <td>{lock.failures}</td>
                    <td>{new Date(lock.lockedUntil).toLocaleString(locale)}</td>
                    <td>
                      <button
                        type="button"
                        onClick={() => void lift(lock)}
                        aria-label={`${t('locks.clear')}：${who(lock)}`}
                      >
                        {t('locks.clear')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </AsyncView>
    </section>
  );
}
