import type { AppStatsResponse } from '@sprout/shared/api';
import { localize } from '@sprout/shared';
import { type StatsField, statsTables } from '@sprout/shared/stats';
import { useEffect, useMemo, useState } from 'react';
import { useApi } from '../api/api-context.tsx';
import { useI18n } from '../i18n/index.tsx';
import { Link } from '../shell/router.tsx';
import { useAsync } from '../shell/use-async.ts';
import { filterQuery, parseFilters, type SubmissionFilters } from '../console/filter-query.ts';
import { FiltersBar } from '../console/submissions/FiltersBar.tsx';
import { AsyncView } from '../console/States.tsx';
import { choiceColumns, fieldColumns } from '../console/columns.ts';
import { useConsoleApi } from '../console/use-console-api.ts';
import { useTasksApi } from '../tasks/use-tasks-api.ts';
import { ChartCard } from './ChartCard.tsx';
import { statsChoices } from './stats-choices.ts';

/** `/apps/:id/stats` (统计): what came in, at a glance; ECharts loads only here, as its own chunk. */
export function StatsPage({ appId }: { appId: string }) {
  const { t } = useI18n();
  const api = useApi();
  const tapi = useTasksApi();
  const [filters, setFilters] = useState<SubmissionFilters>(() => parseFilters(location.search));
  const [unit, setUnit] = useState<'day' | 'week'>('day');
  const [drill, setDrill] = useState<number | null>(null);
  const query = useMemo(() => {
    const q = new URLSearchParams(filterQuery(filters));
    q.set('unit', unit);
    if (drill) q.set('drill', String(drill));
    return q.toString();
  }, [filters, unit, drill]);
  const [state, retry] = useAsync(() => tapi.stats(appId, query), [tapi, appId, query]);
  const capi = useConsoleApi();
  const [app] = useAsync(async () => {
    const detail = await api.getApp(Number(appId));
    const v = detail.publishedVersion ? await capi.version(appId, detail.publishedVersion) : null;
    return { title: detail.title, definition: v?.definition ?? null };
  }, [api, capi, appId]);
  const { locale } = useI18n();
  const outcomes = useMemo(
    () =>
      app.status === 'ok'
        ? (app.value.definition?.outcomes ?? []).map((o) => ({
            code: o.result.code,
            label: localize(o.result.label, locale),
          }))
        : [],
    [app, locale],
  );
  // What statistics count is known once they answer; kept while the next answer loads, so a
  // filter the official is using does not vanish under the keyboard.
  const [counted, setCounted] = useState<StatsField[]>([]);
  useEffect(() => {
    if (state.status === 'ok') setCounted(state.value.fields);
  }, [state]);
  const choices = useMemo(
    () =>
      statsChoices(
        app.status === 'ok' && app.value.definition ? choiceColumns(fieldColumns(app.value.definition, locale)) : [],
        counted,
        locale,
      ),
    [app, counted, locale],
  );
  return (
    <main className="page page-wide console" id="main">
      <p className="crumbs">
        <Link href={`/apps/${appId}/submissions`}>← {t('subs.title')}</Link>
      </p>
      <div className="page-head">
        <h1>
          {app.status === 'ok' ? app.value.title : ''} · {t('stats.title')}
        </h1>
        <div className="chart-tools">
          {(['day', 'week'] as const).map((u) => (
            <button key={u} type="button" aria-pressed={unit === u} onClick={() => setUnit(u)}>
              {t(`stats.unit.${u}`)}
            </button>
          ))}
        </div>
      </div>
      <FiltersBar
        filters={filters}
        choices={choices}
        outcomes={outcomes}
        onChange={(next) => {
          // A new org filter starts the by-org chart at that org again.
          if (next.org !== filters.org) setDrill(null);
          setFilters(next);
        }}
      />
      <AsyncView state={state} retry={retry}>
        {(stats) => <Charts stats={stats} appId={appId} query={query} onDrill={setDrill} />}
      </AsyncView>
    </main>
  );
}

function Charts({
  stats,
  appId,
  query,
  onDrill,
}: {
  stats: AppStatsResponse;
  appId: string;
  query: string;
  onDrill(orgId: number): void;
}) {
  const { t, locale } = useI18n();
  const tables = useMemo(() => statsTables(stats, locale), [stats, locale]);
  const colors = useMemo(() => stats.byOutcome.map((o) => o.color), [stats]);
  const xlsx = (chart: string) =>
    `/api/v1/apps/${encodeURIComponent(appId)}/stats.xlsx?${query}&chart=${encodeURIComponent(chart)}`;
  return (
    <>
      <p className="progress-summary" role="status">
        {t('stats.total', { n: stats.total.count })}
      </p>
      <nav aria-label={t('stats.byOrg')} className="chart-tools">
        {stats.byOrg.path.map((p) => (
          <button key={p.orgId} type="button" className="link" onClick={() => onDrill(p.orgId)}>
            {p.name} ›
          </button>
        ))}
        {stats.byOrg.rows
          .filter((r) => r.hasChildren)
          .map((r) => (
            <button key={r.orgId} type="button" onClick={() => onDrill(r.orgId)}>
              {r.name}（{r.count}）
            </button>
          ))}
      </nav>
      <div className="stats-grid">
        {tables.map((table) => (
          <ChartCard
            key={`${table.id}|${query}`}
            table={table}
            colors={table.id === 'byOutcome' ? colors : undefined}
            xlsxPath={xlsx(table.id)}
          />
        ))}
      </div>
    </>
  );
}
