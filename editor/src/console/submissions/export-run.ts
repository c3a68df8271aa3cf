import type { ExportProgressView } from '@sprout/shared/api';
import { readWithProgress } from './download-stream.ts';

export type { ExportProgressView } from '@sprout/shared/api';

export type ExportFormat = 'xlsx' | 'zip' | 'csv' | 'json';

export interface ExportRunOptions {
  /** The export URL without the progress id. */
  url: string;
  progressId: string;
  locale: string;
  /** The console's API request (sends the CSRF token on DELETE). */
  request: <T>(method: string, path: string) => Promise<T>;
  /** Called with the server's percentage (rows written of the total) and the bytes received. */
  onProgress: (percent: number | null, bytes: number) => void;
  pollMs?: number;
}

export interface ExportRun {
  /** Resolves with the file, or null when the official cancelled. */
  result: Promise<{ blob: Blob; response: Response } | null>;
  cancel(): void;
}

/**
 * Downloads one export while asking the server how many rows it has written, so the
 * official sees a percentage; cancel drops the download and tells the server to stop.
 * @example const run = startExport({ url, progressId: crypto.randomUUID(), locale, request, onProgress });
 */
export function startExport(options: ExportRunOptions): ExportRun {
  const { url, progressId, locale, request, onProgress, pollMs = 700 } = options;
  const controller = new AbortController();
  let percent: number | null = null;
  let bytes = 0;
  let cancelled = false;
  const poll = setInterval(() => {
    request<ExportProgressView>('GET', `/exports/${progressId}`)
      .then((p) => {
        percent = p.percent;
        onProgress(percent, bytes);
      })
      // Not started yet (404) or a blip: the next poll tries again.
      .catch(() => {});
  }, pollMs);
  const result = (async () => {
    try {
      const sep = url.includes('?') ? '&' : '?';
      const response = await fetch(`${url}${sep}progress=${progressId}`, {
        credentials: 'same-origin',
        headers: { 'Accept-Language': locale },
        signal: controller.signal,
      });
      if (!response.ok) return { blob: new Blob(), response };
      const blob = await readWithProgress(response, (n) => {
        bytes = n;
        onProgress(percent, bytes);
      });
      onProgress(100, blob.size);
      return { blob, response };
    } catch (e) {
      if (cancelled) return null;
      throw e;
    } finally {
      clearInterval(poll);
    }
  })();
  return {
    result,
    cancel: () => {
      cancelled = true;
      controller.abort();
      request('DELETE', `/exports/${progressId}`).catch(() => {});
    },
  };
}
