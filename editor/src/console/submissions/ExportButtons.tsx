import { useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { useI18n } from '../../i18n/index.tsx';
import { filterQuery, type SubmissionFilters } from '../filter-query.ts';
import { formatBytes } from '../format-bytes.ts';
import { problemText } from '../States.tsx';
import { fileNameOf, readWithProgress, saveBlob } from './download-stream.ts';

const FORMATS = ['csv', 'xlsx', 'json'] as const;
type Format = (typeof FORMATS)[number];
type Progress = { format: Format; bytes: number; done: boolean } | { error: string } | null;

/** CSV / XLSX / JSON of exactly what the filters select, streamed with a bytes-received line. */
export function ExportButtons({ appId, filters }: { appId: string; filters: SubmissionFilters }) {
  const { t, locale } = useI18n();
  const [progress, setProgress] = useState<Progress>(null);
  const busy = progress !== null && 'format' in progress && !progress.done;

  const run = async (format: Format) => {
    setProgress({ format, bytes: 0, done: false });
    try {
      const query = filterQuery(filters);
      const res = await fetch(`/api/v1/apps/${encodeURIComponent(appId)}/export.${format}${query ? `?${query}` : ''}`, {
        credentials: 'same-origin',
        headers: { 'Accept-Language': locale },
      });
      if (!res.ok) throw new ApiError({ status: res.status, ...(await res.json().catch(() => ({}))) });
      const blob = await readWithProgress(res, (bytes) => setProgress({ format, bytes, done: false }));
      saveBlob(blob, fileNameOf(res, `submissions.${format}`));
      setProgress({ format, bytes: blob.size, done: true });
    } catch (e) {
      setProgress({ error: t('export.failed', { message: problemText(e) }) });
    }
  };

  return (
    <div className="export-bar">
      <span className="muted small">{t('export.hint')}</span>
      {FORMATS.map((f) => (
        <button key={f} type="button" disabled={busy} onClick={() => run(f)}>
          {t(`export.${f}`)}
        </button>
      ))}
      <p className="export-progress small" role="status" aria-live="polite">
        {progress && 'error' in progress && <span className="error">{progress.error}</span>}
        {progress && 'format' in progress && !progress.done && (
          <>
            <span className="spinner" aria-hidden="true" />
            {t('export.progress', { format: progress.format.toUpperCase(), size: formatBytes(progress.bytes) })}
          </>
        )}
        {progress && 'format' in progress && progress.done && (
          <span className="ok">
            {t('export.done', { format: progress.format.toUpperCase(), size: formatBytes(progress.bytes) })}
          </span>
        )}
      </p>
    </div>
  );
}
