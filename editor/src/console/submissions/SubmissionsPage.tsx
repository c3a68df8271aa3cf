import { localize } from '@sprout/shared';
import type { Catalog } from '@sprout/shared/catalog';
import { catalogWithPacks } from '@sprout/shared/catalog/pack';
import type { AppDefinition } from '@sprout/shared/definition';
import { useMemo, useState } from 'react';
import { useApi } from '../../api/api-context.tsx';
import type { AppDetail } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.tsx';
import { Link } from '../../shell/router.tsx';
import { useAsync } from '../../shell/use-async.ts';
import { choiceColumns, defaultVisible, fieldColumns } from '../columns.ts';
import { filterQuery, isFiltered, parseFilters, type SubmissionFilters } from '../filter-query.ts';
import { AsyncView, ErrorNote, Loading } from '../States.tsx';
import { useConsoleApi } from '../use-console-api.ts';
import { ColumnPicker } from './ColumnPicker.tsx';
import { ExportButtons } from './ExportButtons.tsx';
import { FiltersBar } from './FiltersBar.tsx';
import { SubmissionDrawer } from './SubmissionDrawer.tsx';
import { SubmissionTable } from './SubmissionTable.tsx';
import { useSubmissionList } from './use-submission-list.ts';

/** `/apps/:id/submissions`: what residents sent to one app, filtered, read and exported. */
export function SubmissionsPage({ appId }: { appId: string }) {
  const { t } = useI18n();
  const api = useApi();
  const capi = useConsoleApi();
  const [state, retry] = useAsync(async () => {
    const app = await api.getApp(Number(appId));
    const definition = app.publishedVersion ? (await capi.version(appId, app.publishedVersion)).definition : null;
    const packs = await api.appCatalog(Number(appId));
    return { app, definition, catalog: catalogWithPacks(packs.map((p) => ({ manifest: p, sha256: p.sha256 }))) };
  }, [api, capi, appId]);
  return (
    <main className="page page-wide console" id="main">
      <p className="crumbs">
        <Link href="/apps">← {t('subs.back')}</Link>
      </p>
      <AsyncView state={state} retry={retry}>
        {({ app, definition, catalog }) =>
          definition ? (
            <Submissions app={app} definition={definition} catalog={catalog} />
          ) : (
            <>
              <h1>{app.title}</h1>
              <p className="empty">{t('subs.notPublished')}</p>
            </>
          )
        }
      </AsyncView>
    </main>
  );
}

function Submissions({ app, definition, catalog }: { app: AppDetail; definition: AppDefinition; catalog: Catalog }) {
  const { t, locale } = useI18n();
  const appId = String(app.id);
  const columns = useMemo(() => fieldColumns(definition, locale, catalog), [definition, locale, catalog]);
  const outcomes = useMemo(
    () => (definition.outcomes ?? []).map((o) => ({ code: o.result.code, label: localize(o.result.label, locale) })),
    [definition, locale],
  );
  const [filters, setFiltersState] = useState<SubmissionFilters>(() => parseFilters(location.search));
  const [visible, setVisibleState] = useState<string[]>(() => storedColumns(appId) ?? defaultVisible(columns));
  const [open, setOpen] = useState<number | null>(null);
  const list = useSubmissionList(appId, filters, true);
  const setFilters = (next: SubmissionFilters) => {
    const query = filterQuery(next);
    history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
    setFiltersState(next);
  };
  const setVisible = (next: string[]) => {
    localStorage.setItem(columnsKey(appId), JSON.stringify(next));
    setVisibleState(next);
  };
  const shown = columns.filter((c) => visible.includes(c.name));
  const masked = shown.some((c) => c.level === 'L3' || c.level === 'L4');
  return (
    <>
      <div className="page-head">
        <div>
          <h1>
            {app.title} · {t('subs.title')}
          </h1>
          <p className="muted small">
            {app.orgName} · {t('subs.all', { n: app.submissionCount })} · {t('apps.today', { n: app.todayCount })}
          </p>
        </div>
        <Link href={`/apps/${appId}/stats${location.search}`} className="button">
          {t('stats.link')}
        </Link>
        <ColumnPicker columns={columns} visible={visible} onChange={setVisible} />
      </div>
      <FiltersBar filters={filters} choices={choiceColumns(columns)} outcomes={outcomes} onChange={setFilters} />
      <ExportButtons appId={appId} filters={filters} columns={columns} />
      {masked && <p className="muted small">{t('subs.masked')}</p>}
      {list.items.length > 0 && (
        <SubmissionTable
          items={list.items}
          columns={shown}
          hasMore={Boolean(list.nextCursor) && !list.loading && !list.error}
          onNeedMore={list.loadMore}
          onOpen={(s) => setOpen(s.id)}
        />
      )}
      {list.loading && <Loading />}
      {Boolean(list.error) && <ErrorNote error={list.error} onRetry={list.reload} />}
      {!list.loading && !list.error && list.items.length === 0 && (
        <p className="empty">{isFiltered(filters) ? t('subs.noMatch') : t('subs.empty')}</p>
      )}
      {list.items.length > 0 && (
        <p className="list-foot muted small" role="status">
          {t('subs.loaded', { n: list.items.length })}
          {list.nextCursor && (
            <>
              {' · '}
              {t('subs.more')}{' '}
              <button type="button" onClick={list.loadMore} disabled={list.loading}>
                {t('subs.loadMore')}
              </button>
            </>
          )}
        </p>
      )}
      {open !== null && (
        <SubmissionDrawer
          appId={appId}
          submissionId={open}
          catalog={catalog}
          onClose={() => setOpen(null)}
          onDeleted={() => {
            setOpen(null);
            list.reload();
          }}
        />
      )}
    </>
  );
}

const columnsKey = (appId: string) => `sprout.columns.${appId}`;

function storedColumns(appId: string): string[] | null {
  try {
    const v: unknown = JSON.parse(localStorage.getItem(columnsKey(appId)) ?? 'null');
    return Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : null;
  } catch {
    return null;
  }
}
