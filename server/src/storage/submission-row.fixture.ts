import type { NewSubmission } from './types.ts';

/** A stored submission with every optional column empty, for tests that only care about a few. */
export function submissionRow(
  appId: number,
  orgId: number,
  over: Partial<NewSubmission> & Pick<NewSubmission, 'receiptCode' | 'submittedAt'>,
): NewSubmission {
  return {
    appId,
    orgId,
    version: 1,
    status: 'received',
    values: {},
    computed: {},
    outcome: null,
    idempotencyKey: null,
    bodyHash: null,
    deviceId: null,
    submitterUserId: null,
    onceKey: null,
    ip: null,
    ...over,
  };
}
