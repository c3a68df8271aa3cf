import { describe, expect, it } from 'vitest';
import { deadlineLabel, periodByKey, periodsUntil, previousPeriod } from './periods.ts';
import { fillState, progressTree } from './progress.ts';

const weekly = { recurrence: 'weekly' as const, startsOn: '2026-11-04', deadlineDays: 1 };

describe('periods', () => {
  it('splits a weekly task into Monday-to-Sunday periods up to today', () => {
    const periods = periodsUntil(weekly, '2026-11-18');
    expect(periods.map((p) => [p.key, p.start, p.end])).toEqual([
      ['2026-11-02', '2026-11-02', '2026-11-08'],
      ['2026-11-09', '2026-11-09', '2026-11-15'],
      ['2026-11-16', '2026-11-16', '2026-11-22'],
    ]);
  });

  it('puts the deadline at the end of the working day after the period, skipping holidays', () => {
    // The week ends Sunday 11-08; one working day later is Monday 11-09, 24:00 CST.
    expect(periodByKey(weekly, '2026-11-02')?.deadline).toBe('2026-11-09T16:00:00.000Z');
    const cal = { holidays: new Set(['2026-11-09']) };
    expect(periodByKey(weekly, '2026-11-02', cal)?.deadline).toBe('2026-11-10T16:00:00.000Z');
  });

  it('gives a zero-day deadline at the end of the last day', () => {
    const daily = { recurrence: 'daily' as const, startsOn: '2026-11-02', deadlineDays: 0 };
    expect(periodByKey(daily, '2026-11-03')?.deadline).toBe('2026-11-03T16:00:00.000Z');
  });

  it('says a deadline at the end of a day as that day’s 24:00', () => {
    expect(deadlineLabel('2026-11-09T16:00:00.000Z')).toBe('2026-11-09 24:00');
    expect(deadlineLabel('2026-11-09T09:30:00.000Z')).toBe('2026-11-09 17:30');
  });

  it('refuses keys that name no period of the task', () => {
    expect(periodByKey(weekly, '2026-11-10')).toBeUndefined(); // not a Monday
    expect(periodByKey(weekly, '2026-10-26')).toBeUndefined(); // before the start
    expect(periodByKey(weekly, 'nonsense')).toBeUndefined();
    expect(periodByKey({ ...weekly, endsOn: '2026-11-10' }, '2026-11-16')).toBeUndefined();
  });

  it('knows monthly periods and the previous one', () => {
    const monthly = { recurrence: 'monthly' as const, startsOn: '2026-01-15', deadlineDays: 3 };
    const feb = periodByKey(monthly, '2026-02');
    expect(feb).toMatchObject({ start: '2026-02-01', end: '2026-02-28' });
    expect(previousPeriod(monthly, feb!)?.key).toBe('2026-01');
    expect(previousPeriod(monthly, periodByKey(monthly, '2026-01')!)).toBeUndefined();
  });
});

describe('progress', () => {
  it('tells on time, late, missing and open apart', () => {
    const deadline = '2026-11-09T16:00:00.000Z';
    const now = new Date('2026-11-12T00:00:00Z');
    expect(fillState(deadline, '2026-11-09T01:00:00.000Z', now)).toBe('submitted');
    expect(fillState(deadline, '2026-11-10T01:00:00.000Z', now)).toBe('late');
    expect(fillState(deadline, null, now)).toBe('missing');
    expect(fillState(deadline, null, new Date('2026-11-09T00:00:00Z'))).toBe('open');
  });

  it('rolls counts and percentages up the tree, leaving out unassigned branches', () => {
    const orgs = [
      { id: 1, parentId: null, name: '县' },
      { id: 2, parentId: 1, name: '甲镇' },
      { id: 3, parentId: 1, name: '乙镇' },
      { id: 4, parentId: 2, name: '一村' },
      { id: 5, parentId: 2, name: '二村' },
      { id: 6, parentId: 3, name: '三村' },
    ];
    const states = new Map([
      [4, 'submitted' as const],
      [5, 'missing' as const],
    ]);
    const tree = progressTree(orgs, states, 1);
    expect(tree).toMatchObject({ assigned: 2, reported: 1, missing: 1, percent: 50 });
    expect(tree?.children.map((c) => c.name)).toEqual(['甲镇']);
    expect(tree?.children[0]?.children.map((c) => c.state)).toEqual(['submitted', 'missing']);
  });
});
