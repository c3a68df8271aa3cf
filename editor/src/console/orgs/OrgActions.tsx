import { type FormEvent, useMemo, useState } from 'react';
import { useApi } from '../../api/api-context.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { deployApi } from '../deploy-api.ts';
import { moveTargets } from '../org-tree.ts';
import { ErrorNote } from '../States.tsx';
import type { Org } from '../types.ts';

/** The selected org: rename it, move it under another org of my subtree, disable or enable it. */
export function OrgActions({
  org,
  orgs,
  ownOrgId,
  onChanged,
}: {
  org: Org;
  orgs: Org[];
  ownOrgId: number;
  onChanged(): void;
}) {
  const { t } = useI18n();
  const base = useApi();
  const api = useMemo(() => deployApi(base), [base]);
  const [error, setError] = useState<unknown>(null);
  const [note, setNote] = useState('');
  const run = async (step: () => Promise<unknown>, done: string) => {
    setError(null);
    setNote('');
    try {
      await step();
      setNote(done);
      onChanged();
    } catch (err) {
      setError(err);
    }
  };
  const rename = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const name = String(new FormData(e.currentTarget).get('name')).trim();
    void run(() => api.patchOrg(org.id, { name }), t('orgAdmin.renamed', { name }));
  };
  const move = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const parentId = Number(new FormData(e.currentTarget).get('parentId'));
    void run(() => api.moveOrg(org.id, parentId), t('orgAdmin.moved'));
  };
  const own = org.id === ownOrgId;
  return (
    <section className="card form-grid" aria-labelledby="org-actions-title">
      <h2 id="org-actions-title">{t('orgAdmin.title', { name: org.name })}</h2>
      {org.disabled && <p className="error">{t('orgAdmin.isDisabled')}</p>}
      {note && (
        <p className="ok" role="status">
          {note}
        </p>
      )}
      {Boolean(error) && <ErrorNote error={error} />}
      <form onSubmit={rename} className="row">
        <label>
          {t('orgAdmin.name')}
          <input name="name" defaultValue={org.name} key={org.id} required maxLength={40} />
        </label>
        <button type="submit">{t('orgAdmin.rename')}</button>
      </form>
      {!own && (
        <form onSubmit={move} className="row">
          <label>
            {t('orgAdmin.moveUnder')}
            <select name="parentId" defaultValue={org.parentId ?? ''} key={org.id}>
              {moveTargets(orgs, org.id).map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </label>
          <button type="submit">{t('orgAdmin.move')}</button>
        </form>
      )}
      {!own && (
        <p>
          <button
            type="button"
            className={org.disabled ? '' : 'danger'}
            onClick={() =>
              void run(
                () => api.patchOrg(org.id, { disabled: !org.disabled }),
                org.disabled ? t('orgAdmin.enabled') : t('orgAdmin.disabled'),
              )
            }
          >
            {org.disabled ? t('orgAdmin.enable') : t('orgAdmin.disable')}
          </button>
          <span className="muted small"> {t('orgAdmin.disable.hint')}</span>
        </p>
      )}
    </section>
  );
}
