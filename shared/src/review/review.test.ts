import { describe, expect, it } from 'vitest';
import { applyReviewAction, needsComment, type ReviewAction, type SubmissionStatus } from './review-status.ts';
import { isOverdue, isWorkingDay, reviewDeadline } from './working-days.ts';

describe('review transitions', () => {
  it.each([
    ['pending', 'claim', 'claimed'],
    ['claimed', 'release', 'pending'],
    ['claimed', 'approve', 'approved'],
    ['pending', 'reject', 'rejected'],
    ['claimed', 'return', 'returned'],
    ['returned', 'resubmit', 'pending'],
  ] as const)('%s --%s--> %s', (from, action, to) => {
    expect(applyReviewAction(from, action)).toEqual({ ok: true, value: to });
  });

  it.each([
    ['approved', 'approve'],
    ['rejected', 'return'],
    ['received', 'claim'],
    ['claimed', 'claim'],
    ['pending', 'resubmit'],
  ] as Array<[SubmissionStatus, ReviewAction]>)('refuses to %2$s a %1$s submission', (from, action) => {
    expect(applyReviewAction(from, action)).toMatchObject({ ok: false, issues: [{ code: 'conflict' }] });
  });

  it('asks for a comment when the resident must be told why', () => {
    expect(needsComment('return')).toBe(true);
    expect(needsComment('reject')).toBe(true);
    expect(needsComment('approve')).toBe(false);
  });
});

describe('working days', () => {
  it('skips weekends, holidays, and counts make-up working days', () => {
    expect(isWorkingDay('2026-11-28')).toBe(false); // Saturday
    expect(isWorkingDay('2026-11-30')).toBe(true);
    expect(isWorkingDay('2026-10-01', { holidays: new Set(['2026-10-01']) })).toBe(false);
    expect(isWorkingDay('2026-10-10', { workingWeekends: new Set(['2026-10-10']) })).toBe(true);
  });

  it('puts the deadline at the end of the n-th working day after arrival', () => {
    // Friday morning + 3 working days → end of Wednesday (CST), i.e. 16:00Z on Wednesday.
    expect(reviewDeadline(new Date('2026-11-27T10:00:00+08:00'), 3).toISOString()).toBe('2026-12-02T16:00:00.000Z');
    // Arrival late on Friday night CST is still Friday.
    expect(reviewDeadline(new Date('2026-11-27T23:30:00+08:00'), 1).toISOString()).toBe('2026-11-30T16:00:00.000Z');
  });

  it('flags items past their limit', () => {
    const received = new Date('2026-11-27T10:00:00+08:00');
    expect(isOverdue(received, 3, new Date('2026-12-02T23:59:00+08:00'))).toBe(false);
    expect(isOverdue(received, 3, new Date('2026-12-03T00:00:00+08:00'))).toBe(true);
  });
});
