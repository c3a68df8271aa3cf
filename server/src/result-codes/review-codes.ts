import { decodeJwt } from 'jose';
import type { ReviewTransition } from '../storage/review-types.ts';
import type { Storage, Submission, SubmissionStatus } from '../storage/types.ts';
import { issuerOf } from '../submissions/submission-extras.ts';
import { issueResultCode } from './issue-result-code.ts';
import type { ResultCodeService } from './service.ts';

export interface DecisionCodesInput {
  storage: Storage;
  resultCodes: ResultCodeService;
  /** Root of issuer URLs (see issuer-base.ts); needed only when an approval signs a code. */
  publicBaseUrl: string | undefined;
  submission: Submission;
  app: { orgId: number; slug: string };
  to: SubmissionStatus;
  now: Date;
}

/** The revocation of a code this deployment signed, valid until its own expiry. */
function revocationOf(token: string): NonNullable<ReviewTransition['revoke']> {
  const claims = decodeJwt(token) as { iss: string; jti: string; exp: number };
  return { iss: claims.iss, jti: claims.jti, expiresAt: new Date(claims.exp * 1000).toISOString() };
}

/**
 * What a review decision does to result codes, for the same transaction as the decision.
 * For an app that needs review no code exists before approval: approving signs one
 * (on the version the resident filled); rejecting or returning revokes any code the
 * submission holds (one issued before this rule, or by an earlier approval).
 */
export async function codesForDecision(input: DecisionCodesInput): Promise<Pick<ReviewTransition, 'issue' | 'revoke'>> {
  const { submission, to } = input;
  const held = submission.resultCode ? { revoke: revocationOf(submission.resultCode) } : {};
  if (to === 'rejected' || to === 'returned') return held;
  if (to !== 'approved') return {};
  const version = await input.storage.apps.version(submission.appId, submission.version);
  if (!version?.definition.settings.resultCode?.issue) return held;
  const signed = await issueResultCode({
    service: input.resultCodes,
    definition: version.definition,
    values: submission.values,
    outcome: submission.outcome,
    issuer: await issuerOf(input.storage, input.publicBaseUrl, input.app.orgId),
    app: input.app.slug,
    version: submission.version,
    now: input.now,
  });
  return signed ? { ...held, issue: { token: signed.token, jti: signed.jti } } : held;
}
