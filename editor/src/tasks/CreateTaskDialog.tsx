import type { AssignTarget, TaskView } from '@sprout/shared/api';
import { type StatsField, statsFields } from '@sprout/shared/stats';
import { coreCatalog } from '@sprout/shared/catalog';
import { type FormEvent, useState } from 'react';
import { useApi } from '../api/api-context.tsx';
import { useI18n } from '../i18n/index.tsx';
import { Dialog, DialogActions } from '../shell/Dialog.tsx';
import { useAsync } from '../shell/use-async.ts';
import { AsyncView, ErrorNote } from '../console/States.tsx';
import { useConsoleApi } from '../console/use-console-api.ts';
import { labelOf } from './format.ts';
import { useTasksApi } from './use-tasks-api.ts';

const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

/** Sends a published app to child orgs: which app, how often, until when, to whom, what carries over. */
export function CreateTaskDialog({ onClose, onCreated }: { onClose(): void; onCreated(task: TaskView): void }) {
  const { t } = useI18n();
  const api = useApi();
  const capi = useConsoleApi();
  const [state, retry] = useAsync(async () => {
    const [apps, orgs] = await Promise.all([api.listApps(), capi.orgs()]);
    return { apps: apps.items.filter((a) => a.status === 'published' && a.publishedVersion), orgs: orgs.items };
  }, [api, capi]);
  return (
    <Dialog title={t('tasks.create')} onClose={onClose}>
      <AsyncView state={state} retry={retry}>
        {({ apps, orgs }) =>
          apps.length === 0 ? (
            <p className="empty">{t('tasks.form.noApps')}</p>
          ) : (
            <TaskForm apps={apps} orgs={orgs} onCreated={onCreated} onClose={onClose} />
          )
        }
      </AsyncView>
    </Dialog>
  );
}

interface FormProps {
  apps: Array<{ id: number; title: string; publishedVersion: number | null }>;
  orgs: Array<{ id: number; name: string; parentId: number | null }>;
  onCreated(task: TaskView): void;
  onClose(): void;
}

function TaskForm({ apps, orgs, onCreated, onClose }: FormProps) {
  const { t, locale } = useI18n();
  const capi = useConsoleApi();
  const tapi = useTasksApi();
  const [appId, setAppId] = useState(apps[0]!.id);
  const [assignKind, setAssignKind] = useState('village');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [fields] = useAsync(async (): Promise<StatsField[]> => {
    const app = apps.find((a) => a.id === appId)!;
    const v = await capi.version(String(app.id), app.publishedVersion ?? 1);
    return statsFields(v.definition, coreCatalog);
  }, [appId, capi]);
  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const assign: AssignTarget =
      assignKind === 'children'
        ? { kind: 'children', orgId: Number(data.get('orgId')) }
        : { kind: 'level', level: assignKind as 'village' | 'township' };
    const masterBindings: Record<string, string> = {};
    for (const [k, v] of data.entries()) {
      if (k.startsWith('master:') && String(v).trim()) masterBindings[k.slice(7)] = String(v).trim();
    }
    setBusy(true);
    setError(null);
    try {
      const task = await tapi.create({
        appId,
        title: String(data.get('title')).trim(),
        recurrence: String(data.get('recurrence')) as 'weekly',
        startsOn: String(data.get('startsOn')),
        endsOn: String(data.get('endsOn') || '') || null,
        deadlineDays: Number(data.get('deadlineDays')),
        assign,
        prefillFields: data.getAll('prefill').map(String),
        masterBindings,
      });
      onCreated(task);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const app = apps.find((a) => a.id === appId)!;
  return (
    <form className="form-grid" onSubmit={onSubmit}>
      <label>
        {t('tasks.form.app')}
        <select name="appId" value={appId} onChange={(e) => setAppId(Number(e.target.value))}>
          {apps.map((a) => (
            <option key={a.id} value={a.id}>
              {a.title}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('tasks.form.title')}
        <input name="title" required maxLength={100} defaultValue={app.title} key={app.id} />
      </label>
      <label>
        {t('tasks.form.recurrence')}
        <select name="recurrence" defaultValue="weekly">
          {(['once', 'daily', 'weekly', 'monthly'] as const).map((r) => (
            <option key={r} value={r}>
              {t(`tasks.recurrence.${r}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('tasks.form.startsOn')}
        <input name="startsOn" type="date" required defaultValue={today()} />
      </label>
      <label>
        {t('tasks.form.endsOn')}
        <input name="endsOn" type="date" />
      </label>
      <label>
        {t('tasks.form.deadlineDays')}
        <input name="deadlineDays" type="number" min={0} max={60} required defaultValue={1} />
      </label>
      <label>
        {t('tasks.form.assign')}
        <select name="assignKind" value={assignKind} onChange={(e) => setAssignKind(e.target.value)}>
          {(['village', 'township', 'children'] as const).map((k) => (
            <option key={k} value={k}>
              {t(`tasks.form.assign.${k}`)}
            </option>
          ))}
        </select>
      </label>
      {assignKind === 'children' && (
        <label>
          {t('tasks.form.assign.org')}
          <select name="orgId">
            {orgs.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {fields.status === 'ok' && fields.value.length > 0 && (
        <>
          <fieldset className="roles">
            <legend>{t('tasks.form.prefill')}</legend>
            {fields.value.map((f) => (
              <label key={f.name}>
                <input type="checkbox" name="prefill" value={f.name} />
                {labelOf(f.label, locale, f.name)}
              </label>
            ))}
          </fieldset>
          <fieldset className="master-bindings">
            <legend>{t('tasks.form.master')}</legend>
            {fields.value
              .filter((f) => f.kind === 'number')
              .map((f) => (
                <label key={f.name}>
                  {labelOf(f.label, locale, f.name)}
                  <input name={`master:${f.name}`} placeholder={t('tasks.form.master.placeholder')} maxLength={50} />
                </label>
              ))}
          </fieldset>
        </>
      )}
      {Boolean(error) && <ErrorNote error={error} />}
      <DialogActions confirm={t('tasks.form.submit')} onCancel={onClose} disabled={busy} />
    </form>
  );
}
