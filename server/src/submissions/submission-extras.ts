import type { AppDefinition, OutcomeResult } from '@sprout/shared/definition';
import { reviewDeadline, type WorkCalendar } from '@sprout/shared/review';
import { issueResultCode, issuerUrl } from '../result-codes/issue-result-code.ts';
import { noPublicUrl } from '../result-codes/issuer-base.ts';
import type { ResultCodeService } from '../result-codes/service.ts';
import type { Storage } from '../storage/types.ts';

/** The time limit of an app that needs review but names none: nothing waits without a deadline. */
export const DEFAULT_REVIEW_DAYS = 5;

export interface SubmissionExtras {
  reviewDueAt: string | null;
  resultCode: string | null;
  resultCodeId: string | null;
}

export interface ExtrasInput {
  storage: Storage;
  resultCodes: ResultCodeService;
  workCalendar: WorkCalendar;
  /** The deployment's public base URL, the root of every issuer this server names (see issuer-base.ts). */
  publicBaseUrl: string | undefined;
  app: { orgId: number; slug: string };
  def: AppDefinition;
  version: number;
  values: Record<string, unknown>;
  outcome: OutcomeResult | null;
  now: Date;
}

// An org's code never changes (OrgStore.update renames and disables only), so each storage's
// codes are remembered: a signed submission would otherwise read its org row every time.
const orgCodes = new WeakMap<Storage, Map<number, string>>();

async function orgCode(storage: Storage, orgId: number): Promise<string> {
  let codes = orgCodes.get(storage);
  if (!codes) {
    codes = new Map();
    orgCodes.set(storage, codes);
  }
  const known = codes.get(orgId);
  if (known !== undefined) return known;
  const org = await storage.orgs.get(orgId);
  if (!org) throw new Error(`org ${orgId} of an app is missing`);
  if (codes.size >= 10_000) codes.clear();
  codes.set(orgId, org.code);
  return org.code;
}

/** The issuer URL of the org that owns an app; never guessed when no public URL may be used. */
export async function issuerOf(storage: Storage, publicBaseUrl: string | undefined, orgId: number): Promise<string> {
  if (!publicBaseUrl) throw noPublicUrl();
  return issuerUrl(publicBaseUrl, await orgCode(storage, orgId));
}

/** The extras, and when the result code signed just now expires (ISO), which its receipt shows. */
export interface CompletedExtras {
  extras: SubmissionExtras;
  /** Known from signing: reading it back out of the token cost every signed submission ~4 µs. */
  resultCodeExpiresAt: string | undefined;
}

/** What review and result codes add to a submission (or a resubmission) at `now`. */
export async function submissionExtras(input: ExtrasInput): Promise<CompletedExtras> {
  const { def, now } = input;
  const review = def.settings.review;
  const reviewDueAt = review.required
    ? reviewDeadline(now, review.timeLimitDays ?? DEFAULT_REVIEW_DAYS, input.workCalendar).toISOString()
    : null;
  // An app that needs review issues its code on approval (see result-codes/review-codes.ts), never before.
  const signed =
    def.settings.resultCode?.issue && !review.required
      ? await issueResultCode({
          service: input.resultCodes,
          definition: def,
          values: input.values,
          outcome: input.outcome,
          issuer: await issuerOf(input.storage, input.publicBaseUrl, input.app.orgId),
          app: input.app.slug,
          version: input.version,
          now,
        })
      : null;
  return {
    extras: { reviewDueAt, resultCode: signed?.token ?? null, resultCodeId: signed?.jti ?? null },
    resultCodeExpiresAt: signed ? new Date(signed.exp * 1000).toISOString() : undefined,
  };
}
