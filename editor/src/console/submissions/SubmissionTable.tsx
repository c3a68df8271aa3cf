import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useI18n } from '../../i18n/index.tsx';
import { type CellWords, cellText, type FieldColumn } from '../columns.ts';
import type { Submission } from '../types.ts';
import { useDivisionNames } from '../use-division-names.ts';

const ROW_HEIGHT = 44;

interface SubmissionTableProps {
  items: Submission[];
  columns: FieldColumn[];
  hasMore: boolean;
  onNeedMore(): void;
  onOpen(s: Submission): void;
}

export function useCellWords(): CellWords {
  const { t } = useI18n();
  return {
    yes: t('cell.yes'),
    no: t('cell.no'),
    files: (n) => t('cell.files', { n }),
    rows: (n) => t('cell.rows', { n }),
    signed: t('cell.signed'),
  };
}

/**
 * Only the rows in view are in the DOM (@tanstack/react-virtual), so 100,000 loaded rows
 * scroll as smoothly as 50; nearing the end asks for the next keyset page.
 */
export function SubmissionTable({ items, columns, hasMore, onNeedMore, onOpen }: SubmissionTableProps) {
  const { t, locale } = useI18n();
  const regionCodes = columns
    .filter((c) => c.type === 'region')
    .flatMap((c) => items.map((s) => s.values[c.name]).filter((v): v is string => typeof v === 'string'));
  const words = { ...useCellWords(), divisions: useDivisionNames(regionCodes) };
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const rows = virtual.getVirtualItems();
  const last = rows[rows.length - 1];
  useEffect(() => {
    if (hasMore && last && last.index >= items.length - 20) onNeedMore();
  }, [hasMore, last, items.length, onNeedMore]);

  const template = `8.5rem 10rem 6rem ${columns.map(() => 'minmax(8rem, 1fr)').join(' ')} 6rem`;
  const minWidth = `${30.5 + columns.length * 8}rem`;
  const time = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short', timeZone: 'Asia/Shanghai' });
  return (
    <div className="sub-scroll" ref={scroller}>
      <table className="sub-table" aria-rowcount={items.length + 1} style={{ minWidth }}>
        <thead>
          <tr className="sub-row sub-head" style={{ gridTemplateColumns: template }}>
            <th scope="col">{t('subs.col.receipt')}</th>
            <th scope="col">{t('subs.col.time')}</th>
            <th scope="col">{t('subs.col.status')}</th>
            {columns.map((c) => (
              <th scope="col" key={c.name}>
                {c.label}
              </th>
            ))}
            <th scope="col">{t('subs.col.outcome')}</th>
          </tr>
        </thead>
        <tbody style={{ height: virtual.getTotalSize() }}>
          {rows.map((row) => {
            const s = items[row.index];
            if (!s) return null;
            return (
              <tr
                key={s.id}
                aria-rowindex={row.index + 2}
                className="sub-row"
                style={{ gridTemplateColumns: template, transform: `translateY(${row.start}px)`, height: ROW_HEIGHT }}
              >
                <td>
                  <button type="button" className="link mono" onClick={() => onOpen(s)}>
                    {s.receiptCode}
                  </button>
                </td>
                <td>{time.format(new Date(s.submittedAt))}</td>
                <td>
                  <span className={`status status-${s.status}`}>{t(`status.${s.status}` as never)}</span>
                </td>
                {columns.map((c) => {
                  const text = cellText(s.values[c.name], c, words);
                  return (
                    <td key={c.name} title={text}>
                      {text}
                    </td>
                  );
                })}
                <td>
                  {s.outcome && (
                    <span className={`outcome outcome-${s.outcome.color ?? 'gray'}`}>{s.outcome.label}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
