import { reviewDeadline, type WorkCalendar } from '../review/working-days.ts';

/** How often a task asks for a report: once, or every day, week (Monday to Sunday) or month. */
export type Recurrence = 'once' | 'daily' | 'weekly' | 'monthly';
export const RECURRENCES: readonly Recurrence[] = ['once', 'daily', 'weekly', 'monthly'];

/** The schedule of a task: days are `YYYY-MM-DD` in China Standard Time. */
export interface TaskSchedule {
  recurrence: Recurrence;
  startsOn: string;
  /** The last day reports are asked for; open-ended when absent. */
  endsOn?: string | null;
  /** Working days after a period's last day until its deadline (0: the last day itself). */
  deadlineDays: number;
}

/** One period (填报周期): its key, first and last day, and the instant its deadline passes. */
export interface Period {
  key: string;
  start: string;
  end: string;
  deadline: string;
}

const DAY_MS = 86_400_000;
const CST_MS = 8 * 3_600_000;

const toMs = (day: string) => Date.parse(`${day}T00:00:00Z`);
const toDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const addDays = (day: string, n: number) => toDay(toMs(day) + n * DAY_MS);

/** The China-time calendar day of an instant. */
export const chinaDay = (at: Date): string => toDay(at.getTime() + CST_MS);

function mondayOf(day: string): string {
  const weekday = (new Date(toMs(day)).getUTCDay() + 6) % 7;
  return addDays(day, -weekday);
}

function lastDayOfMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return toDay(Date.UTC(y, m, 0));
}

/** First and last day of the period a day falls in. */
function bounds(schedule: TaskSchedule, day: string): { key: string; start: string; end: string } {
  switch (schedule.recurrence) {
    case 'once':
      return { key: schedule.startsOn, start: schedule.startsOn, end: schedule.endsOn ?? schedule.startsOn };
    case 'daily':
      return { key: day, start: day, end: day };
    case 'weekly': {
      const start = mondayOf(day);
      return { key: start, start, end: addDays(start, 6) };
    }
    case 'monthly': {
      const key = day.slice(0, 7);
      return { key, start: `${key}-01`, end: lastDayOfMonth(key) };
    }
  }
}

function withDeadline(b: { key: string; start: string; end: string }, s: TaskSchedule, cal: WorkCalendar): Period {
  const lastDayNoon = new Date(toMs(b.end) + 4 * 3_600_000); // 12:00 CST of the last day
  return { ...b, deadline: reviewDeadline(lastDayNoon, s.deadlineDays, cal).toISOString() };
}

/**
 * The period with this key, or undefined when the key names none of the task's periods.
 * @example periodByKey({ recurrence: 'weekly', startsOn: '2026-11-02', deadlineDays: 1 }, '2026-11-09')
 */
export function periodByKey(schedule: TaskSchedule, key: string, cal: WorkCalendar = {}): Period | undefined {
  if (!/^\d{4}-\d{2}(-\d{2})?$/.test(key)) return undefined;
  const day = key.length === 7 ? `${key}-01` : key;
  if (Number.isNaN(toMs(day))) return undefined;
  const b = bounds(schedule, day);
  if (b.key !== key || b.end < schedule.startsOn) return undefined;
  if (schedule.endsOn && b.start > schedule.endsOn) return undefined;
  return withDeadline(b, schedule, cal);
}

/**
 * Every period from the task's start up to the one holding `today` (or its end), oldest first.
 * @example periodsUntil({ recurrence: 'weekly', startsOn: '2026-11-02', deadlineDays: 1 }, '2026-11-18').length // 3
 */
export function periodsUntil(schedule: TaskSchedule, today: string, cal: WorkCalendar = {}): Period[] {
  const last = schedule.endsOn && schedule.endsOn < today ? schedule.endsOn : today;
  const out: Period[] = [];
  let day = schedule.startsOn;
  while (day <= last && out.length < 1000) {
    const b = bounds(schedule, day);
    out.push(withDeadline(b, schedule, cal));
    if (schedule.recurrence === 'once') break;
    day = addDays(b.end, 1);
  }
  return out;
}

/** The period before this one, for 沿用上期 prefill. */
export function previousPeriod(schedule: TaskSchedule, period: Period, cal: WorkCalendar = {}): Period | undefined {
  if (schedule.recurrence === 'once' || period.start <= schedule.startsOn) return undefined;
  return withDeadline(bounds(schedule, addDays(period.start, -1)), schedule, cal);
}

/**
 * A deadline as officials say it, in China time: the end of a day is that day's 24:00,
 * never the next day's 00:00.
 * @example deadlineLabel('2026-11-09T16:00:00.000Z') // '2026-11-09 24:00'
 */
export function deadlineLabel(iso: string): string {
  const text = chinaTimeLabel(iso);
  return text.endsWith(' 00:00') ? `${toDay(Date.parse(iso) + CST_MS - DAY_MS)} 24:00` : text;
}

/**
 * An instant in China time to the minute, as reports print it.
 * @example chinaTimeLabel('2026-11-09T02:05:00.000Z') // '2026-11-09 10:05'
 */
export function chinaTimeLabel(iso: string): string {
  return new Date(Date.parse(iso) + CST_MS).toISOString().slice(0, 16).replace('T', ' ');
}
