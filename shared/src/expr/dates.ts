/** Dates are ISO `YYYY-MM-DD` strings; the clock is read in the deployment's zone (UTC+8 by default). */

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})/;

export interface Clock {
  now: Date;
  /** Minutes east of UTC; China Standard Time is 480. */
  utcOffsetMinutes: number;
}

export function defaultClock(): Clock {
  return { now: new Date(), utcOffsetMinutes: 480 };
}

function shifted(clock: Clock): Date {
  return new Date(clock.now.getTime() + clock.utcOffsetMinutes * 60_000);
}

const todayCache = new WeakMap<Clock, string>();

/** Today's date on the clock; memoised per clock, since AGE and TODAY ask for it per call. */
export function todayIso(clock: Clock): string {
  let today = todayCache.get(clock);
  if (today === undefined) {
    today = shifted(clock).toISOString().slice(0, 10);
    todayCache.set(clock, today);
  }
  return today;
}

export function nowIso(clock: Clock): string {
  const sign = clock.utcOffsetMinutes >= 0 ? '+' : '-';
  const abs = Math.abs(clock.utcOffsetMinutes);
  const zone = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return `${shifted(clock).toISOString().slice(0, 19)}${zone}`;
}

/** Day number since the epoch for a valid calendar date, else undefined. */
export function dayNumber(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const m = DATE_RE.exec(value);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return undefined;
  return Math.round(t / 86_400_000);
}

export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && dayNumber(value) !== undefined;
}

/** Whole years from `birth` (YYYY-MM-DD) to `today` (YYYY-MM-DD). */
export function fullYearsBetween(birth: string, today: string): number {
  const [by, bm, bd] = birth.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}
