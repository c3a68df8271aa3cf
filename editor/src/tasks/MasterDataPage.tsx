import type { MasterDataView } from '@sprout/shared/api';
import { type FormEvent, useState } from 'react';
import { useI18n } from '../i18n/index.tsx';
import { useSession } from '../shell/session.tsx';
import { useAsync } from '../shell/use-async.ts';
import { AsyncView, ErrorNote } from '../console/States.tsx';
import { chinaTime } from './format.ts';
import { useTasksApi } from './use-tasks-api.ts';

/** `/master-data`: my org's facts (常住人口, 户数…), kept once with their history, edited by its own officials. */
export function MasterDataPage() {
  const { t } = useI18n();
  const tapi = useTasksApi();
  const { user } = useSession();
  const orgId = user?.org.id ?? 0;
  const [state, reload] = useAsync(() => tapi.masterData(orgId), [tapi, orgId]);
  return (
    <main className="page console" id="main">
      <h1>
        {t('master.title')} · {user?.org.name}
      </h1>
      <p className="muted">{t('master.hint')}</p>
      <AsyncView state={state} retry={reload}>
        {(data) => <MasterDataForm data={data} orgId={orgId} onSaved={reload} />}
      </AsyncView>
    </main>
  );
}

function MasterDataForm({ data, orgId, onSaved }: { data: MasterDataView; orgId: number; onSaved(): void }) {
  const { t } = useI18n();
  const tapi = useTasksApi();
  const [error, setError] = useState<unknown>(null);
  const [note, setNote] = useState('');
  const keys = Object.keys(data.values);
  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const values: Record<string, number | string> = {};
    for (const key of keys) values[key] = toValue(String(form.get(`v:${key}`) ?? ''));
    const newKey = String(form.get('newKey') ?? '').trim();
    if (newKey) values[newKey] = toValue(String(form.get('newValue') ?? ''));
    setError(null);
    try {
      const { changed } = await tapi.saveMasterData(orgId, values);
      setNote(t('master.saved', { n: changed.length }));
      onSaved();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <form className="form-grid" onSubmit={onSubmit}>
      {keys.length === 0 && <p className="empty">{t('master.empty')}</p>}
      {keys.map((key) => (
        <div key={key} className="master-row">
          <label>
            {key}
            <input name={`v:${key}`} defaultValue={String(data.values[key]?.value ?? '')} inputMode="decimal" />
          </label>
          <details>
            <summary>{t('master.history', { n: data.history[key]?.length ?? 0 })}</summary>
            <ul className="small">
              {(data.history[key] ?? []).map((h) => (
                <li key={`${h.at}-${String(h.value)}`}>
                  {chinaTime(h.at)} · {String(h.value)} ·{' '}
                  {h.source?.startsWith('task:') ? t('master.fromTask') : t('master.fromEdit')}
                </li>
              ))}
            </ul>
          </details>
        </div>
      ))}
      <fieldset className="master-bindings">
        <legend>{t('master.add')}</legend>
        <label>
          {t('master.key')}
          <input name="newKey" maxLength={50} placeholder="常住人口" />
        </label>
        <label>
          {t('master.value')}
          <input name="newValue" inputMode="decimal" />
        </label>
      </fieldset>
      {Boolean(error) && <ErrorNote error={error} />}
      <p role="status" className="ok">
        {note}
      </p>
      <div className="actions">
        <button type="submit" className="primary">
          {t('master.save')}
        </button>
      </div>
    </form>
  );
}

/** Numbers stay numbers (so reports can sum them); anything else is kept as typed. */
function toValue(raw: string): number | string {
  const text = raw.trim();
  return text !== '' && Number.isFinite(Number(text)) ? Number(text) : text;
}
