import { describe, expect, it } from 'vitest';
import { auditQuery, NO_AUDIT_FILTERS } from './audit-query.ts';

describe('auditQuery', () => {
  it('sends only the filters that are set, and the cursor', () => {
    expect(auditQuery(NO_AUDIT_FILTERS)).toBe('');
    expect(auditQuery({ ...NO_AUDIT_FILTERS, userId: '3', from: '2026-03-01', to: '2026-03-02' }, '120')).toBe(
      'userId=3&from=2026-03-01&to=2026-03-02&cursor=120',
    );
  });
});
