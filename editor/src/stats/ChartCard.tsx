import type { StatsTable } from '@sprout/shared/stats';
import { lazy, Suspense, useCallback, useRef, useState } from 'react';
import { useI18n } from '../i18n/index.tsx';
import { problemText } from '../console/States.tsx';
import { downloadFile } from '../tasks/format.ts';

const EChart = lazy(() => import('./EChart.tsx'));

/** A chart with its table view (for screen readers and checking figures) and image / XLSX downloads. */
export function ChartCard({
  table,
  colors,
  xlsxPath,
}: {
  table: StatsTable;
  colors?: Array<string | null>;
  xlsxPath: string;
}) {
  const { t, locale } = useI18n();
  const [asTable, setAsTable] = useState(table.kind === 'summary');
  const [note, setNote] = useState('');
  const toPng = useRef<(() => string) | null>(null);
  const onReady = useCallback((f: () => string) => {
    toPng.current = f;
  }, []);
  const savePng = () => {
    const url = toPng.current?.();
    if (!url) return;
    const a = document.createElement('a');
    a.href = url;
    a.download = `${table.title}.png`;
    a.click();
  };
  const headingId = `chart-${table.id.replace(/[^\w-]/g, '_')}`;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{table.title}</h2>
      <div className="chart-tools">
        {table.kind !== 'summary' && (
          <button type="button" aria-pressed={asTable} onClick={() => setAsTable(!asTable)}>
            {asTable ? t('stats.chart') : t('stats.table')}
          </button>
        )}
        {table.kind !== 'summary' && !asTable && (
          <button type="button" onClick={savePng}>
            {t('stats.png')}
          </button>
        )}
        <button
          type="button"
          onClick={() => downloadFile(xlsxPath, `${table.title}.xlsx`, locale).catch((e) => setNote(problemText(e)))}
        >
          {t('stats.xlsx')}
        </button>
        <span role="status" className="error small">
          {note}
        </span>
      </div>
      {asTable || table.rows.length === 0 ? (
        <TableView table={table} />
      ) : (
        <Suspense fallback={<p className="loading">{t('stats.loadingChart')}</p>}>
          <EChart table={table} colors={colors} label={table.title} onReady={onReady} />
        </Suspense>
      )}
    </section>
  );
}

function TableView({ table }: { table: StatsTable }) {
  return (
    <div className="table-scroll">
      <table className="table">
        <thead>
          <tr>
            {table.header.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r, i) => (
            <tr key={`${r[0]}-${i}`}>
              {r.map((cell, j) => (
                <td key={`${table.header[j]}`}>{cell ?? ''}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
