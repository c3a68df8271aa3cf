import type { AuditEntryView } from '@sprout/shared/api';
import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/index.tsx';
import { useAsync } from '../../shell/use-async.ts';
import { AsyncView, ErrorNote } from '../States.tsx';
import type { ConsoleUser, Org } from '../types.ts';
import { useConsoleApi } from '../use-console-api.ts';
import { AuditFiltersForm } from './AuditFiltersForm.tsx';
import { type AuditFilters, actionGroup, auditQuery, NO_AUDIT_FILTERS } from './audit-query.ts';

/** 审计日志: the hash-chained log of the admin's subtree, filtered, paged and exported as CSV. */
export function AuditPage() {
  const { t } = useI18n();
  const api = useConsoleApi();
  const [filters, setFilters] = useState<AuditFilters>(NO_AUDIT_FILTERS);
  const [state, retry] = useAsync(async () => {
    const [users, orgs] = await Promise.all([api.users(), api.orgs()]);
    return { users: users.items, orgs: orgs.items };
  }, [api]);
  return (
    <main className="page console" id="main">
      <h1>{t('audit.title')}</h1>
      <p className="muted">{t('audit.intro')}</p>
      <AsyncView state={state} retry={retry}>
        {({ users, orgs }) => (
          <>
            <AuditFiltersForm filters={filters} users={users} orgs={orgs} onApply={setFilters} />
            <a className="export-link" href={`/api/v1/audit/export.csv?${auditQuery(filters)}`} download>
              {t('audit.export')}
            </a>
            <AuditEntries filters={filters} users={users} orgs={orgs} />
          </>
        )}
      </AsyncView>
    </main>
  );
}

function AuditEntries({ filters, users, orgs }: { filters: AuditFilters; users: ConsoleUser[]; orgs: Org[] }) {
  const { t, locale } = useI18n();
  const api = useConsoleApi();
  const [items, setItems] = useState<AuditEntryView[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const load = async (after: string | null, keep: AuditEntryView[]) => {
    setError(null);
    try {
      const page = await api.audit(auditQuery(filters, after));
      setItems([...keep, ...page.items]);
      setCursor(page.nextCursor);
    } catch (e) {
      setError(e);
    }
  };
  // A new filter starts a new list.
  useEffect(() => void load(null, []), [filters]);
  const userName = (id: number | null) =>
    id === null ? t('audit.system') : (users.find((u) => u.id === id)?.displayName ?? `#${id}`);
  const orgName = (id: number | null) => (id === null ? '' : (orgs.find((o) => o.id === id)?.name ?? `#${id}`));
  const when = (iso: string) => new Date(iso).toLocaleString(locale, { timeZone: 'Asia/Shanghai' });
  const actionLabel = (action: string) => {
    const group = actionGroup(action);
    return group ? t(`audit.action.${group}` as never) : '';
  };
  return (
    <>
      {Boolean(error) && <ErrorNote error={error} />}
      {items.length === 0 && !error ? (
        <p className="empty">{t('audit.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table audit-table">
            <thead>
              <tr>
                <th>{t('audit.col.at')}</th>
                <th>{t('audit.col.user')}</th>
                <th>{t('audit.col.org')}</th>
                <th>{t('audit.col.action')}</th>
                <th>{t('audit.col.target')}</th>
                <th>{t('audit.col.detail')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((e) => (
                <tr key={e.id} data-action={e.action}>
                  <td>{when(e.at)}</td>
                  <td>{userName(e.userId)}</td>
                  <td>{orgName(e.orgId)}</td>
                  <td>
                    {actionLabel(e.action)} <span className="mono muted small">{e.action}</span>
                  </td>
                  <td className="mono">{e.targetType ? `${e.targetType} ${e.targetId ?? ''}` : ''}</td>
                  <td className="mono small">{e.detail ? JSON.stringify(e.detail) : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {cursor && (
        <button type="button" className="secondary" onClick={() => void load(cursor, items)}>
          {t('audit.more')}
        </button>
      )}
    </>
  );
}
