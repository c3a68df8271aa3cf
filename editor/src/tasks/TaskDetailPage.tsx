import type { TaskDetail } from '@sprout/shared/api';
import { useState } from 'react';
import { deadlineLabel } from '@sprout/shared/tasks';
import { useI18n } from '../i18n/index.tsx';
import { Link } from '../shell/router.tsx';
import { useAsync } from '../shell/use-async.ts';
import { AsyncView, ErrorNote, problemText } from '../console/States.tsx';
import { AssigneesPanel } from './AssigneesPanel.tsx';
import { downloadFile } from './format.ts';
import { ProgressView } from './ProgressView.tsx';
import { RollupView } from './RollupView.tsx';
import { xlsxPaths } from './tasks-api.ts';
import { useTasksApi } from './use-tasks-api.ts';

/** `/tasks/:id`: per period, who has reported (and reminders), the rollup with drill-down, and the XLSX files. */
export function TaskDetailPage({ taskId }: { taskId: string }) {
  const { t } = useI18n();
  const tapi = useTasksApi();
  const [state, retry] = useAsync(() => tapi.detail(taskId), [tapi, taskId]);
  return (
    <main className="page page-wide console" id="main">
      <p className="crumbs">
        <Link href="/tasks">← {t('fill.back')}</Link>
      </p>
      <AsyncView state={state} retry={retry}>
        {(task) => <Detail task={task} />}
      </AsyncView>
    </main>
  );
}

function Detail({ task: loaded }: { task: TaskDetail }) {
  const { t, locale } = useI18n();
  const tapi = useTasksApi();
  // Changing assignees updates the list here and reloads progress, keeping the chosen period.
  const [task, setTask] = useState(loaded);
  const [periodKey, setPeriodKey] = useState(task.periods[0]?.key ?? '');
  const [drill, setDrill] = useState<number | undefined>(undefined);
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [data, reload] = useAsync(async () => {
    if (!periodKey) return null;
    const [progress, rollup] = await Promise.all([
      tapi.progress(task.id, periodKey),
      tapi.rollup(task.id, periodKey, drill),
    ]);
    return { progress, rollup };
  }, [tapi, task.id, periodKey, drill]);
  const period = task.periods.find((p) => p.key === periodKey);
  const download = async (path: string, name: string) => {
    await downloadFile(path, name, locale);
    return '';
  };
  const act = async (run: () => Promise<string>) => {
    setError(null);
    try {
      setNote(await run());
    } catch (e) {
      setError(e);
      setNote(problemText(e));
    }
  };
  return (
    <>
      <div className="page-head">
        <div>
          <h1>{task.title}</h1>
          <p className="muted small">
            {task.appTitle} · {t(`tasks.recurrence.${task.recurrence}`)} ·{' '}
            {t('tasks.assignees', { n: task.assigneeCount })}
          </p>
        </div>
        <label>
          {t('task.periodPick')}{' '}
          <select value={periodKey} onChange={(e) => setPeriodKey(e.target.value)}>
            {task.periods.map((p) => (
              <option key={p.key} value={p.key}>
                {p.start === p.end ? p.start : `${p.start} ~ ${p.end}`}
              </option>
            ))}
          </select>
        </label>
      </div>
      {period && <p className="muted">{t('tasks.deadline', { time: deadlineLabel(period.deadline) })}</p>}
      <div className="export-bar">
        {task.sentByCaller && task.status === 'open' && (
          <button
            type="button"
            onClick={() => act(async () => t('progress.reminded', { n: (await tapi.remind(task.id, periodKey)).sent }))}
          >
            {t('progress.remind')}
          </button>
        )}
        <button type="button" onClick={() => act(() => download(xlsxPaths.rollup(task.id, periodKey), 'rollup.xlsx'))}>
          {t('rollup.export')}
        </button>
        <button
          type="button"
          onClick={() => act(() => download(xlsxPaths.progress(task.id, periodKey), 'progress.xlsx'))}
        >
          {t('progress.export')}
        </button>
        <p role="status" className="small">
          {note}
        </p>
      </div>
      {Boolean(error) && <ErrorNote error={error} />}
      {task.sentByCaller && task.status === 'open' && (
        <AssigneesPanel
          task={task}
          onChanged={(assignees) => {
            setTask({ ...task, assignees, assigneeCount: assignees.length });
            reload();
          }}
        />
      )}
      <AsyncView state={data} retry={reload}>
        {(d) =>
          d && (
            <>
              <ProgressView progress={d.progress} />
              <RollupView rollup={d.rollup} onDrill={setDrill} />
            </>
          )
        }
      </AsyncView>
    </>
  );
}
