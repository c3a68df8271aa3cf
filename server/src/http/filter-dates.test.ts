import { describe, expect, it } from 'vitest';
import { filterInstant } from './filter-dates.ts';

describe('filterInstant', () => {
  it('takes China days (the next day’s start for `to`) and ISO instants', () => {
    expect(filterInstant('2026-03-02', 'from')).toEqual({ ok: true, value: '2026-03-01T16:00:00.000Z' });
    expect(filterInstant('2026-03-02', 'to', 1)).toEqual({ ok: true, value: '2026-03-02T16:00:00.000Z' });
    expect(filterInstant('2026-03-02T10:00:00+08:00', 'from')).toEqual({ ok: true, value: '2026-03-02T02:00:00.000Z' });
  });

  it('names the parameter of an impossible or unreadable date', () => {
    for (const raw of ['2026-13-45', '2026-02-29', '2026-02-30T00:00:00Z', '2026-03-02T25:00:00Z', 'yesterday', '']) {
      const r = filterInstant(raw, 'from');
      expect({ raw, ok: r.ok, path: r.ok ? null : r.issue.path }).toEqual({ raw, ok: false, path: 'from' });
    }
  });
});
