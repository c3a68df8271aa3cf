import { useRef, useState } from 'react';
import { useApi } from '../../api/api-context.tsx';
import { ApiError } from '../../api/client.ts';
import { useI18n } from '../../i18n/index.tsx';
import { columnsQuery, type FieldColumn } from '../columns.ts';
import { filterQuery, type SubmissionFilters } from '../filter-query.ts';
import { formatBytes } from '../format-bytes.ts';
import { problemText } from '../States.tsx';
import { ColumnPicker } from './ColumnPicker.tsx';
import { fileNameOf, saveBlob } from './download-stream.ts';
import { type ExportFormat, type ExportRun, startExport } from './export-run.ts';

// Excel first: it is what an official opens. CSV and JSON are for other systems.
const PEOPLE: ExportFormat[] = ['xlsx', 'zip'];
const MACHINES: ExportFormat[] = ['csv', 'json'];

type Progress =
  | { format: ExportFormat; percent: number | null; bytes: number; phase: 'running' | 'done' | 'cancelled' }
  | { error: string }
  | null;

/**
 * Excel (default), Excel with attachments, CSV and JSON of exactly what the filters select,
 * with the answers to write picked by label, a percentage and a cancel.
 */
export function ExportButtons({
  appId,
  filters,
  columns,
}: {
  appId: string;
  filters: SubmissionFilters;
  columns: FieldColumn[];
}) {
  const { t, locale } = useI18n();
  const api = useApi();
  const [progress, setProgress] = useState<Progress>(null);
  const [chosen, setChosen] = useState<string[]>(() => columns.map((c) => c.name));
  const running = useRef<ExportRun | null>(null);
  const busy = progress !== null && 'format' in progress && progress.phase === 'running';

  const run = async (format: ExportFormat) => {
    // JSON is whole submissions for other systems; the column choice shapes the tables.
    const query = [filterQuery(filters), format === 'json' ? '' : columnsQuery(chosen, columns)]
      .filter(Boolean)
      .join('&');
    const url = `/api/v1/apps/${encodeURIComponent(appId)}/export.${format}${query ? `?${query}` : ''}`;
    setProgress({ format, percent: null, bytes: 0, phase: 'running' });
    const handle = startExport({
      url,
      progressId: crypto.randomUUID(),
      locale,
      request: (method, path) => api.request(method, path),
      onProgress: (percent, bytes) => setProgress({ format, percent, bytes, phase: 'running' }),
    });
    running.current = handle;
    try {
      const done = await handle.result;
      if (!done) return setProgress({ format, percent: null, bytes: 0, phase: 'cancelled' });
      const { blob, response } = done;
      if (!response.ok) throw new ApiError({ status: response.status, ...(await response.json().catch(() => ({}))) });
      saveBlob(blob, fileNameOf(response, `submissions.${format}`));
      setProgress({ format, percent: 100, bytes: blob.size, phase: 'done' });
    } catch (e) {
      setProgress({ error: t('export.failed', { message: problemText(e) }) });
    } finally {
      running.current = null;
    }
  };

  const button = (f: ExportFormat, primary = false) => (
    <button
      key={f}
      type="button"
      className={primary ? 'primary' : undefined}
      disabled={busy || (f !== 'json' && chosen.length === 0)}
      onClick={() => run(f)}
    >
      {t(`export.${f}`)}
    </button>
  );

  return (
    <div className="export-bar">
      <span className="muted small">{t('export.hint')}</span>
      <ColumnPicker
        className="column-picker export-columns"
        columns={columns}
        visible={chosen}
        onChange={setChosen}
        summary={
          chosen.length === columns.length
            ? t('export.columns.all')
            : t('export.columns.some', { n: chosen.length, of: columns.length })
        }
      />
      {PEOPLE.map((f, i) => button(f, i === 0))}
      <span className="export-machines">
        <span className="muted small">{t('export.machines')}</span>
        {MACHINES.map((f) => button(f))}
      </span>
      {busy && (
        <button type="button" onClick={() => running.current?.cancel()}>
          {t('export.cancel')}
        </button>
      )}
      <ExportStatus progress={progress} />
    </div>
  );
}

function ExportStatus({ progress }: { progress: Progress }) {
  const { t } = useI18n();
  const running = progress && 'format' in progress && progress.phase === 'running' ? progress : null;
  const format = progress && 'format' in progress ? t(`export.name.${progress.format}`) : '';
  return (
    <div className="export-progress small">
      {running && (
        <>
          <progress max={100} value={running.percent ?? undefined} aria-label={t('export.progressLabel', { format })} />{' '}
          {/* The bar carries the value for screen readers; a live, changing number would talk over everything. */}
          <span aria-hidden="true">
            {running.percent === null
              ? t('export.progress', { format, size: formatBytes(running.bytes) })
              : t('export.percent', { format, percent: running.percent, size: formatBytes(running.bytes) })}
          </span>
        </>
      )}
      <span role="status" aria-live="polite" className={running ? 'visually-hidden' : undefined}>
        {running && t('export.started', { format })}
        {progress && 'error' in progress && <span className="error">{progress.error}</span>}
        {progress && 'format' in progress && progress.phase === 'done' && (
          <span className="ok">{t('export.done', { format, size: formatBytes(progress.bytes) })}</span>
        )}
        {progress && 'format' in progress && progress.phase === 'cancelled' && t('export.cancelled', { format })}
      </span>
    </div>
  );
}
