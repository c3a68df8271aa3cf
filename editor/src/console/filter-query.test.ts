import { describe, expect, it } from 'vitest';
import { filterQuery, isFiltered, NO_FILTERS, parseFilters } from './filter-query.ts';

describe('filterQuery', () => {
  it('leaves out what is not chosen', () => {
    expect(filterQuery(NO_FILTERS)).toBe('');
    expect(filterQuery({ ...NO_FILTERS, q: '  ' })).toBe('');
  });

  it('encodes every filter, the choice fields as one JSON object, and the page', () => {
    const q = filterQuery(
      {
        status: 'pending',
        from: '2026-03-01',
        to: '2026-03-02',
        q: '张三',
        fields: { contact: '是', travel: '' },
        order: 'asc',
        org: '7',
        outcome: 'red',
      },
      { cursor: '42', limit: 200 },
    );
    const p = new URLSearchParams(q);
    expect(Object.fromEntries(p)).toEqual({
      status: 'pending',
      from: '2026-03-01',
      to: '2026-03-02',
      q: '张三',
      fields: '{"contact":"是"}',
      order: 'asc',
      org: '7',
      outcome: 'red',
      cursor: '42',
      limit: '200',
    });
  });

  it('round-trips through a page address', () => {
    const f = { ...NO_FILTERS, q: 'A&B', fields: { symptoms: '咳嗽' }, order: 'asc' as const };
    expect(parseFilters(filterQuery(f))).toEqual(f);
  });

  it('ignores a broken fields part of a hand-edited address', () => {
    expect(parseFilters('fields=%7Bnope&status=received')).toEqual({ ...NO_FILTERS, status: 'received' });
  });

  it('knows when anything narrows the list', () => {
    expect(isFiltered(NO_FILTERS)).toBe(false);
    expect(isFiltered({ ...NO_FILTERS, order: 'asc' })).toBe(false);
    expect(isFiltered({ ...NO_FILTERS, fields: { contact: '否' } })).toBe(true);
  });
});
