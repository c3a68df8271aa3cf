import type { TaskForm, TaskReportResult } from '@sprout/shared/api';
import { submissionFieldIssues } from '@sprout/shared/api';
import { walkNodes } from '@sprout/shared/definition';
import { catalogWithPacks } from '@sprout/shared/catalog/pack';
import { AppRenderer, packFieldFor } from '@sprout/runtime';
import { useMemo, useState } from 'react';
import { ApiError } from '../api/client.ts';
import { deadlineLabel } from '@sprout/shared/tasks';
import { useI18n } from '../i18n/index.tsx';
import { Link } from '../shell/router.tsx';
import { useAsync } from '../shell/use-async.ts';
import { AsyncView, ErrorNote } from '../console/States.tsx';
import { chinaTime, labelOf } from './format.ts';
import { StateBadge } from './StateBadge.tsx';
import { useTasksApi } from './use-tasks-api.ts';

/** `/tasks/:id/periods/:period/fill`: an org official fills the task's app for their org, prefilled, with the runtime itself. */
export function FillTaskPage({ taskId, periodKey }: { taskId: string; periodKey: string }) {
  const { t } = useI18n();
  const tapi = useTasksApi();
  const [state, retry] = useAsync(() => tapi.form(taskId, periodKey), [tapi, taskId, periodKey]);
  return (
    <main className="page console" id="main">
      <p className="crumbs">
        <Link href="/tasks">← {t('fill.back')}</Link>
      </p>
      <AsyncView state={state} retry={retry}>
        {(form) => <Fill form={form} />}
      </AsyncView>
    </main>
  );
}

// Composite pack components render from their manifests; a vendor widget stays a text box
// here, as in the builder's preview (no vendor code in the console), checked by its manifest.
const COMPOSITES_ONLY = packFieldFor(new Map());

function Fill({ form }: { form: TaskForm }) {
  const { t, locale } = useI18n();
  const tapi = useTasksApi();
  const [done, setDone] = useState<TaskReportResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [updateMaster, setUpdateMaster] = useState(true);
  // The server stores published versions already migrated and validated.
  const definition = form.definition;
  // The packs the version pins, so their fields render and validate as the server checks them.
  const catalog = useMemo(
    () => catalogWithPacks(form.packs.map((p) => ({ manifest: p, sha256: p.sha256 }))),
    [form.packs],
  );
  const labels = new Map<string, string>();
  walkNodes(definition, ({ node }) => {
    if (node.name) labels.set(node.name, labelOf(node.props?.label as never, locale, node.name));
  });
  const prefilled = Object.entries(form.sources)
    .filter(([, s]) => s !== 'current')
    .map(([name, s]) => `${labels.get(name) ?? name}（${t(`fill.source.${s}`)}）`);
  const masterKeys = Object.values(form.task.masterBindings);
  return (
    <>
      <h1>{t('fill.title', { task: form.task.title })}</h1>
      <p className="muted">
        {t('tasks.period', { start: form.period.start, end: form.period.end })} ·{' '}
        {t('tasks.deadline', { time: deadlineLabel(form.period.deadline) })} · <StateBadge state={form.state} />
      </p>
      {prefilled.length > 0 && <p className="ok">{t('fill.prefilled', { fields: prefilled.join('、') })}</p>}
      {done ? (
        <p className="ok" role="status">
          {done.corrected
            ? t('fill.corrected', { n: done.revision })
            : t('fill.done', { time: chinaTime(done.submittedAt) })}{' '}
          <StateBadge state={done.state} />
        </p>
      ) : (
        <div className="task-fill">
          <AppRenderer
            definition={definition}
            catalog={catalog}
            packField={COMPOSITES_ONLY}
            initialValues={form.values}
            locale={locale}
            beforeSubmit={
              masterKeys.length > 0 ? (
                <label className="row">
                  <input type="checkbox" checked={updateMaster} onChange={(e) => setUpdateMaster(e.target.checked)} />
                  {t('fill.updateMaster', { keys: masterKeys.join('、') })}
                </label>
              ) : undefined
            }
            onSubmit={async (result) => {
              if (!result.ok) return;
              setError(null);
              try {
                setDone(
                  await tapi.report(form.task.id, form.period.key, {
                    version: form.version,
                    values: result.value.values,
                    updateMasterData: masterKeys.length > 0 && updateMaster,
                  }),
                );
              } catch (e) {
                if (e instanceof ApiError) {
                  const issues = submissionFieldIssues(e.problem);
                  if (issues.length) return { issues };
                }
                setError(e);
              }
            }}
          />
        </div>
      )}
      {Boolean(error) && <ErrorNote error={error} />}
    </>
  );
}
