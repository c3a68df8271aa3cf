import { type FormEvent, useEffect, useState } from 'react';
import { useI18n } from '../../i18n/index.tsx';
import { useAsync } from '../../shell/use-async.ts';
import { freeDivisions } from '../org-tree.ts';
import { ErrorNote, Loading } from '../States.tsx';
import type { Org } from '../types.ts';
import { useConsoleApi } from '../use-console-api.ts';

/**
 * Adds a child org by picking its division: first the parent (an org of my subtree), then one of
 * the divisions directly below it from the dataset, so name and code are never typed by hand.
 */
export function AddOrgForm({
  orgs,
  parentId,
  onAdded,
}: {
  orgs: Org[];
  parentId: number | null;
  onAdded(o: Org): void;
}) {
  const { t } = useI18n();
  const api = useConsoleApi();
  const parents = orgs.filter((o) => o.level !== 'village');
  const [parent, setParent] = useState<number | null>(parentId ?? parents[0]?.id ?? null);
  useEffect(() => {
    if (parentId !== null && parents.some((p) => p.id === parentId)) setParent(parentId);
  }, [parentId]);
  const parentOrg = orgs.find((o) => o.id === parent);
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<Org | null>(null);
  const [divisions, retry] = useAsync(
    async () => (parentOrg ? (await api.divisions(parentOrg.code)).items : []),
    [api, parentOrg?.code],
  );
  const free = divisions.status === 'ok' ? freeDivisions(divisions.value, orgs) : [];
  useEffect(() => setCode(''), [parent]);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (!parentOrg || !code) return;
    setBusy(true);
    setError(null);
    try {
      const org = await api.createOrg(parentOrg.id, code);
      setDone(org);
      setCode('');
      onAdded(org);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card form-grid" onSubmit={onSubmit} aria-labelledby="add-org">
      <h2 id="add-org">{t('orgs.add')}</h2>
      <label>
        {t('orgs.add.parent')}
        <select value={parent ?? ''} onChange={(e) => setParent(Number(e.target.value))}>
          {parents.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}（{t(`orgs.level.${o.level}` as never)}）
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('orgs.add.division')}
        <select
          value={code}
          onChange={(e) => setCode(e.target.value)}
          disabled={divisions.status !== 'ok' || free.length === 0}
        >
          <option value="">
            {free.length === 0 && divisions.status === 'ok' ? t('orgs.add.none') : t('orgs.add.pick')}
          </option>
          {free.map((d) => (
            <option key={d.code} value={d.code}>
              {d.name} · {d.code}
            </option>
          ))}
        </select>
      </label>
      {divisions.status === 'loading' && <Loading />}
      {divisions.status === 'error' && <ErrorNote error={divisions.error} onRetry={retry} />}
      {Boolean(error) && <ErrorNote error={error} />}
      {done && (
        <p className="ok" role="status">
          {t('orgs.added', { name: done.name, code: done.code })}
        </p>
      )}
      <div>
        <button type="submit" className="primary" disabled={busy || !code}>
          {t('orgs.add.submit')}
        </button>
      </div>
    </form>
  );
}
