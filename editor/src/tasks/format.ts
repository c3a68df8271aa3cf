import type { LocalizedText } from '@sprout/shared';
import { localize, type Locale } from '@sprout/shared';
import { chinaTimeLabel } from '@sprout/shared/tasks';
import { ApiError } from '../api/client.ts';
import { fileNameOf, saveBlob } from '../console/submissions/download-stream.ts';

/** An instant as officials read it: China time, to the minute. */
export function chinaTime(iso: string | null): string {
  return iso ? chinaTimeLabel(iso) : '';
}

export const labelOf = (text: LocalizedText | undefined, locale: Locale, fallback: string) =>
  localize(text, locale) || fallback;

/** Downloads a file the server builds (XLSX), keeping its name; a problem+json answer throws. */
export async function downloadFile(path: string, fallbackName: string, locale: string): Promise<void> {
  const res = await fetch(path, { credentials: 'same-origin', headers: { 'Accept-Language': locale } });
  if (!res.ok) throw new ApiError({ status: res.status, ...(await res.json().catch(() => ({}))) });
  saveBlob(await res.blob(), fileNameOf(res, fallbackName));
}
