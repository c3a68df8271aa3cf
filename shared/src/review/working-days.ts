/**
 * Review time limits count working days (工作日): Monday to Friday, less the given
 * holidays, plus the given make-up working weekend days (调休上班). Dates are
 * `YYYY-MM-DD` in China Standard Time.
 */
export interface WorkCalendar {
  holidays?: ReadonlySet<string>;
  workingWeekends?: ReadonlySet<string>;
}

const DAY_MS = 86_400_000;
const CST_MS = 8 * 3_600_000;

function isoDay(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

export function isWorkingDay(day: string, calendar: WorkCalendar = {}): boolean {
  if (calendar.holidays?.has(day)) return false;
  if (calendar.workingWeekends?.has(day)) return true;
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/**
 * The instant a time limit of `days` working days runs out for something received at
 * `from`: the end (24:00 CST) of the `days`-th working day after the day it arrived.
 * @example reviewDeadline(new Date('2026-11-27T10:00:00+08:00'), 3) // end of Wed 2026-12-02, CST
 */
export function reviewDeadline(from: Date, days: number, calendar: WorkCalendar = {}): Date {
  let t = Math.floor((from.getTime() + CST_MS) / DAY_MS) * DAY_MS;
  let left = days;
  while (left > 0) {
    t += DAY_MS;
    if (isWorkingDay(isoDay(t), calendar)) left -= 1;
  }
  return new Date(t + DAY_MS - CST_MS);
}

export function isOverdue(receivedAt: Date, days: number, now: Date, calendar: WorkCalendar = {}): boolean {
  return now.getTime() >= reviewDeadline(receivedAt, days, calendar).getTime();
}
