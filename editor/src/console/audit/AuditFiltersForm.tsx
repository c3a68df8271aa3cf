import { type FormEvent, useState } from 'react';
import { useI18n } from '../../i18n/index.tsx';
import type { ConsoleUser, Org } from '../types.ts';
import { AUDIT_ACTIONS, type AuditFilters } from './audit-query.ts';

interface AuditFiltersFormProps {
  filters: AuditFilters;
  users: ConsoleUser[];
  orgs: Org[];
  onApply(filters: AuditFilters): void;
}

/** Who, which org (and below), which action, which China days. */
export function AuditFiltersForm({ filters, users, orgs, onApply }: AuditFiltersFormProps) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(filters);
  const set = (patch: Partial<AuditFilters>) => setDraft((d) => ({ ...d, ...patch }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onApply(draft);
  };
  return (
    <form className="filters" onSubmit={submit} aria-label={t('audit.title')}>
      <label>
        {t('audit.user')}
        <select value={draft.userId} onChange={(e) => set({ userId: e.target.value })}>
          <option value="">{t('audit.all')}</option>
          {users.map((u) => (
            <option key={u.id} value={u.id}>
              {u.displayName}（{u.username}）
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('audit.org')}
        <select value={draft.orgId} onChange={(e) => set({ orgId: e.target.value })}>
          <option value="">{t('audit.all')}</option>
          {orgs.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('audit.action')}
        <select value={draft.action} onChange={(e) => set({ action: e.target.value })}>
          <option value="">{t('audit.all')}</option>
          {AUDIT_ACTIONS.map((a) => (
            <option key={a} value={a}>
              {t(`audit.action.${a}` as never)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('audit.from')}
        <input type="date" value={draft.from} onChange={(e) => set({ from: e.target.value })} />
      </label>
      <label>
        {t('audit.to')}
        <input type="date" value={draft.to} onChange={(e) => set({ to: e.target.value })} />
      </label>
      <button type="submit" className="primary">
        {t('audit.filter')}
      </button>
    </form>
  );
}
