import type { ChangeAssigneesBody, TaskDetail } from '@sprout/shared/api';
import { useState } from 'react';
import { useI18n } from '../i18n/index.tsx';
import { useAsync } from '../shell/use-async.ts';
import { ErrorNote, problemText } from '../console/States.tsx';
import { useConsoleApi } from '../console/use-console-api.ts';
import { useTasksApi } from './use-tasks-api.ts';

/**
 * 调整填报单位: the sender adds orgs to a running task or removes some. Removed orgs stop
 * being asked; what they already reported stays in progress, rollups and exports.
 */
export function AssigneesPanel({
  task,
  onChanged,
}: {
  task: TaskDetail;
  onChanged(assignees: TaskDetail['assignees']): void;
}) {
  const { t } = useI18n();
  const tapi = useTasksApi();
  const capi = useConsoleApi();
  const [orgs] = useAsync(() => capi.orgs(), [capi]);
  const [picked, setPicked] = useState<Set<number>>(new Set());
  const [adding, setAdding] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const assigned = new Set(task.assignees.map((a) => a.orgId));
  const candidates =
    orgs.status === 'ok' ? orgs.value.items.filter((o) => o.id !== task.orgId && !assigned.has(o.id)) : [];

  const change = async (body: ChangeAssigneesBody) => {
    setBusy(true);
    setError(null);
    try {
      const res = await tapi.changeAssignees(task.id, body);
      setNote(t('assignees.changed', { added: res.added.length, removed: res.removed.length }));
      setPicked(new Set());
      setAdding('');
      onChanged(res.assignees);
    } catch (e) {
      setError(e);
      setNote(problemText(e));
    } finally {
      setBusy(false);
    }
  };
  const toggle = (id: number) =>
    setPicked((old) => {
      const next = new Set(old);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <details className="assignees-panel">
      <summary>{t('assignees.title', { n: task.assignees.length })}</summary>
      <p className="muted small">{t('assignees.help')}</p>
      <fieldset className="assignee-list">
        <legend>{t('assignees.current')}</legend>
        {task.assignees.map((a) => (
          <label key={a.orgId}>
            <input type="checkbox" checked={picked.has(a.orgId)} onChange={() => toggle(a.orgId)} />
            {a.name}
          </label>
        ))}
      </fieldset>
      <div className="export-bar">
        <button type="button" disabled={busy || picked.size === 0} onClick={() => change({ remove: [...picked] })}>
          {t('assignees.remove', { n: picked.size })}
        </button>
        <label>
          {t('assignees.addOrg')}{' '}
          <select value={adding} onChange={(e) => setAdding(e.target.value)}>
            <option value="">{t('assignees.pick')}</option>
            {candidates.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          disabled={busy || !adding}
          onClick={() => change({ add: { kind: 'list', orgIds: [Number(adding)] } })}
        >
          {t('assignees.add')}
        </button>
        <p role="status" className="small">
          {note}
        </p>
      </div>
      {Boolean(error) && <ErrorNote error={error} />}
    </details>
  );
}
