import { fail, ok, type Result } from '../result.ts';

/**
 * Where a submission stands. `received` needs no review; the rest is the review queue:
 * pending → claimed → approved | rejected | returned; a returned one comes back pending
 * when the resident corrects and resubmits it.
 */
export type SubmissionStatus = 'received' | 'pending' | 'claimed' | 'approved' | 'rejected' | 'returned';

export type ReviewAction = 'claim' | 'release' | 'approve' | 'reject' | 'return' | 'resubmit';

const TRANSITIONS: Record<ReviewAction, { from: SubmissionStatus[]; to: SubmissionStatus }> = {
  claim: { from: ['pending'], to: 'claimed' },
  release: { from: ['claimed'], to: 'pending' },
  approve: { from: ['pending', 'claimed'], to: 'approved' },
  reject: { from: ['pending', 'claimed'], to: 'rejected' },
  return: { from: ['pending', 'claimed'], to: 'returned' },
  resubmit: { from: ['returned'], to: 'pending' },
};

/** Statuses still waiting for an official, which count toward the time limit. */
export const OPEN_STATUSES: readonly SubmissionStatus[] = ['pending', 'claimed'];

/**
 * The status an action leads to, or an issue saying why it cannot be taken now.
 * @example applyReviewAction('pending', 'approve') // { ok: true, value: 'approved' }
 */
export function applyReviewAction(status: SubmissionStatus, action: ReviewAction): Result<SubmissionStatus> {
  const t = TRANSITIONS[action];
  if (!t) return fail([{ path: 'action', message: `unknown review action ${String(action)}` }]);
  if (!t.from.includes(status)) {
    return fail([{ path: 'status', message: `cannot ${action} a submission that is ${status}`, code: 'conflict' }]);
  }
  return ok(t.to);
}

/** Whether an action needs a comment: residents must be told why. */
export function needsComment(action: ReviewAction): boolean {
  return action === 'reject' || action === 'return';
}
