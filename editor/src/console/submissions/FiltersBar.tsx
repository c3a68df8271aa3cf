import { type FormEvent, useEffect, useState } from 'react';
import { useI18n } from '../../i18n/index.tsx';
import type { FieldColumn } from '../columns.ts';
import { isFiltered, NO_FILTERS, type SubmissionFilters } from '../filter-query.ts';
import { STATUSES } from '../types.ts';
import { OrgFilter } from './OrgFilter.tsx';

interface FiltersBarProps {
  filters: SubmissionFilters;
  choices: FieldColumn[];
  /** The app's outcomes (绿码/黄码/红码…), offered as a filter when it has any. */
  outcomes?: Array<{ code: string; label: string }>;
  onChange(next: SubmissionFilters): void;
}

/** On a phone the dates and choice filters fold away, so the table is in sight. */
const wide = () => typeof window === 'undefined' || window.innerWidth > 720;

/** Status, dates, order and each choice field apply at once; the text search on Enter or 查询. */
export function FiltersBar({ filters, choices, outcomes = [], onChange }: FiltersBarProps) {
  const { t } = useI18n();
  const [q, setQ] = useState(filters.q);
  useEffect(() => setQ(filters.q), [filters.q]);
  const moreCount =
    (filters.from ? 1 : 0) + (filters.to ? 1 : 0) + Object.values(filters.fields).filter((v) => v).length;
  const [showMore, setShowMore] = useState(wide);
  const set = (patch: Partial<SubmissionFilters>) => onChange({ ...filters, ...patch });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    set({ q });
  };
  return (
    <form className="filters" onSubmit={onSubmit} aria-label={t('filter.title')}>
      <label className="filter-q">
        {t('filter.q')}
        <span className="search-row">
          <input type="search" value={q} placeholder={t('filter.qHint')} onChange={(e) => setQ(e.target.value)} />
          <button type="submit" className="primary">
            {t('filter.apply')}
          </button>
        </span>
      </label>
      <label>
        {t('filter.status')}
        <select value={filters.status} onChange={(e) => set({ status: e.target.value })}>
          <option value="">{t('filter.any')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
      </label>
      {outcomes.length > 0 && (
        <label>
          {t('filter.outcome')}
          <select value={filters.outcome} onChange={(e) => set({ outcome: e.target.value })}>
            <option value="">{t('filter.any')}</option>
            {outcomes.map((o) => (
              <option key={o.code} value={o.code}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
      )}
      <OrgFilter value={filters.org} onChange={(org) => set({ org })} />
      <button
        type="button"
        className="link more-toggle"
        aria-expanded={showMore}
        onClick={() => setShowMore((v) => !v)}
      >
        {t('filter.more')}
        {moreCount > 0 && ` (${moreCount})`}
      </button>
      {showMore && (
        <div className="more-filters-body">
          <label>
            {t('filter.from')}
            <input
              type="date"
              value={filters.from}
              max={filters.to || undefined}
              onChange={(e) => set({ from: e.target.value })}
            />
          </label>
          <label>
            {t('filter.to')}
            <input
              type="date"
              value={filters.to}
              min={filters.from || undefined}
              onChange={(e) => set({ to: e.target.value })}
            />
          </label>
          {choices.map((c) => (
            <label key={c.name}>
              {c.label}
              <select
                value={filters.fields[c.name] ?? ''}
                onChange={(e) => set({ fields: { ...filters.fields, [c.name]: e.target.value } })}
              >
                <option value="">{t('filter.any')}</option>
                {c.options?.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            </label>
          ))}
          <label>
            {t('filter.order')}
            <select value={filters.order} onChange={(e) => set({ order: e.target.value === 'asc' ? 'asc' : 'desc' })}>
              <option value="desc">{t('filter.newest')}</option>
              <option value="asc">{t('filter.oldest')}</option>
            </select>
          </label>
        </div>
      )}
      {isFiltered(filters) && (
        <button type="button" className="link clear" onClick={() => onChange({ ...NO_FILTERS, order: filters.order })}>
          {t('filter.clear')}
        </button>
      )}
    </form>
  );
}
