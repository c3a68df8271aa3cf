import { type FormEvent, useMemo, useState } from 'react';
import { useApi } from '../../api/api-context.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { deployApi } from '../deploy-api.ts';
import { ErrorNote } from '../States.tsx';

/** System administrators: another county (a top-level org) in this deployment, with its administrator. */
export function AddCountyForm({ onAdded }: { onAdded(adminName: string, password: string): void }) {
  const { t } = useI18n();
  const base = useApi();
  const api = useMemo(() => deployApi(base), [base]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    setError(null);
    setBusy(true);
    try {
      const added = await api.addTopLevelOrg({
        code: String(data.get('code')),
        username: String(data.get('username')),
      });
      form.reset();
      onAdded(added.user.displayName, added.password);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="card form-grid" onSubmit={submit} aria-labelledby="add-county-title">
      <h2 id="add-county-title">{t('county.title')}</h2>
      <p className="muted small">{t('county.hint')}</p>
      <label>
        {t('county.code')}
        <input name="code" inputMode="numeric" pattern="\d{2,12}" required />
      </label>
      <label>
        {t('county.username')}
        <input name="username" pattern="[A-Za-z0-9._\-]{3,32}" required autoComplete="off" />
      </label>
      {Boolean(error) && <ErrorNote error={error} />}
      <div>
        <button type="submit" className="primary" disabled={busy}>
          {t('county.add')}
        </button>
      </div>
    </form>
  );
}
