import { describe, expect, it } from 'vitest';
import { actionGroup, auditQuery, NO_AUDIT_FILTERS } from './audit-query.ts';

describe('auditQuery', () => {
  it('sends only the filters that are set, and the cursor', () => {
    expect(auditQuery(NO_AUDIT_FILTERS)).toBe('');
    expect(auditQuery({ ...NO_AUDIT_FILTERS, userId: '3', from: '2026-03-01', to: '2026-03-02' }, '120')).toBe(
      'userId=3&from=2026-03-01&to=2026-03-02&cursor=120',
    );
  });
});

describe('actionGroup', () => {
  it('labels an action by itself or its nearest known parent', () => {
    expect(actionGroup('submission.unmask')).toBe('submission.unmask');
    expect(actionGroup('review.queue')).toBe('review');
    expect(actionGroup('user.reset-password')).toBe('user');
    expect(actionGroup('trust.add')).toBeUndefined();
  });
});
