import type { Issue } from '@sprout/shared/result';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** A calendar day that exists: 2026-02-29 and 2026-13-45 do not. */
function isRealDay(day: string): boolean {
  const m = DAY.exec(day);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * A filter bound as an ISO instant: a `YYYY-MM-DD` China day (its start, or with
 * `plusDays` 1 the start of the next, so `to` includes the whole day) or an ISO instant
 * with its offset. Anything else, impossible dates included, is an issue naming `path`.
 */
export function filterInstant(
  raw: string,
  path: string,
  plusDays = 0,
): { ok: true; value: string } | { ok: false; issue: Issue } {
  const bad = {
    ok: false as const,
    issue: { path, message: `不是有效的日期（${raw}）: use YYYY-MM-DD or an ISO time` },
  };
  if (DAY.test(raw)) {
    if (!isRealDay(raw)) return bad;
    return { ok: true, value: new Date(Date.parse(`${raw}T00:00:00+08:00`) + plusDays * 86_400_000).toISOString() };
  }
  const m = INSTANT.exec(raw);
  const at = Date.parse(raw);
  if (!m?.[1] || !isRealDay(m[1]) || Number.isNaN(at)) return bad;
  return { ok: true, value: new Date(at).toISOString() };
}
