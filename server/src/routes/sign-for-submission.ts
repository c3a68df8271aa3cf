import type { Context } from 'hono';
import type { AppDefinition, OutcomeResult } from '@sprout/shared/definition';
import { reviewDeadline } from '@sprout/shared/review';
import type { AppEnv } from '../http/context.ts';
import { issueResultCode, issuerUrl } from '../result-codes/issue-result-code.ts';
import { issuingBaseUrl } from '../result-codes/issuer-base.ts';

/** The issuer URL of the org that owns an app, under the configured public URL (see issuer-base.ts). */
export async function issuerOf(c: Context<AppEnv>, orgId: number): Promise<string> {
  const base = issuingBaseUrl(c);
  const org = await c.get('deps').storage.orgs.get(orgId);
  if (!org) throw new Error(`org ${orgId} of an app is missing`);
  return issuerUrl(base, org.code);
}

/** The time limit of an app that needs review but names none: nothing waits without a deadline. */
export const DEFAULT_REVIEW_DAYS = 5;

export interface SubmissionExtras {
  reviewDueAt: string | null;
  resultCode: string | null;
  resultCodeId: string | null;
}

/** What review and result codes add to a submission (or a resubmission) at `now`. */
export async function submissionExtras(
  c: Context<AppEnv>,
  app: { orgId: number; slug: string },
  def: AppDefinition,
  version: number,
  values: Record<string, unknown>,
  outcome: OutcomeResult | null,
  now: Date,
): Promise<SubmissionExtras> {
  const { resultCodes, workCalendar } = c.get('deps');
  const review = def.settings.review;
  const reviewDueAt = review.required
    ? reviewDeadline(now, review.timeLimitDays ?? DEFAULT_REVIEW_DAYS, workCalendar).toISOString()
    : null;
  const signed = def.settings.resultCode?.issue
    ? await issueResultCode({
        service: resultCodes,
        definition: def,
        values,
        outcome,
        issuer: await issuerOf(c, app.orgId),
        app: app.slug,
        version,
        now,
      })
    : null;
  return { reviewDueAt, resultCode: signed?.token ?? null, resultCodeId: signed?.jti ?? null };
}
