import { decodeJwt } from 'jose';
import { type Locale, localize } from '@sprout/shared/i18n';
import type { OutcomeResult } from '@sprout/shared/definition';
import { type MaskPlan, maskAnswers } from '@sprout/shared/masking';
import type { OrgView, OutcomeView, Receipt, SubmissionView, UserView } from '@sprout/shared/api';
import type { Org, Storage, Submission, User } from '../storage/types.ts';

export const orgView = (o: Org): OrgView => ({
  id: o.id,
  parentId: o.parentId,
  name: o.name,
  code: o.code,
  level: o.level,
  disabled: o.disabled,
});

export async function userView(storage: Storage, u: User): Promise<UserView> {
  const org = await storage.orgs.get(u.orgId);
  if (!org) throw new Error(`user ${u.id} belongs to org ${u.orgId}, which does not exist`);
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    roles: u.roles,
    capabilities: u.capabilities,
    disabled: u.disabled,
    mustChangePassword: u.mustChangePassword,
    systemAdmin: u.systemAdmin,
    org: { id: org.id, name: org.name, code: org.code, level: org.level },
  };
}

export function outcomeView(o: OutcomeResult | null, locale: Locale): OutcomeView | null {
  if (!o) return null;
  const view: OutcomeView = { code: o.code, label: localize(o.label, locale), color: o.color ?? null };
  return o.message ? { ...view, message: localize(o.message, locale) } : view;
}

/** When a signed code stops being valid, for the resident's page to say so. */
function expiryOf(resultCode: string): string | undefined {
  try {
    const { exp } = decodeJwt(resultCode);
    return typeof exp === 'number' ? new Date(exp * 1000).toISOString() : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A submission as officials receive it. With a mask plan its L3/L4 answers are masked
 * and `masked` names them; `null` means the caller may see them whole.
 */
export function submissionView(s: Submission, locale: Locale, plan: MaskPlan | null): SubmissionView {
  const shown = plan ? maskAnswers(s.values, plan) : { values: s.values, masked: [] };
  return {
    id: s.id,
    receiptCode: s.receiptCode,
    version: s.version,
    status: s.status,
    values: shown.values,
    masked: shown.masked,
    computed: s.computed,
    outcome: outcomeView(s.outcome, locale),
    submittedAt: s.submittedAt,
    orgId: s.orgId,
    reviewComment: s.reviewComment,
  };
}

/**
 * The receipt a resident sees. `resultCodeExpiresAt`: when its result code expires, if the
 * caller knows (it signed the code just now); else it is read from the code.
 */
export function receiptView(s: Submission, appTitle: string, locale: Locale, resultCodeExpiresAt?: string): Receipt {
  return {
    receiptCode: s.receiptCode,
    status: s.status,
    outcome: outcomeView(s.outcome, locale),
    submittedAt: s.submittedAt,
    appTitle,
    ...(s.resultCode
      ? { resultCode: s.resultCode, resultCodeExpiresAt: resultCodeExpiresAt ?? expiryOf(s.resultCode) }
      : {}),
    ...(s.reviewComment ? { reviewComment: s.reviewComment } : {}),
  };
}

/** Midnight in China (UTC+8, no daylight saving) as an ISO instant: "today" for officials. */
export function chinaDayStart(now: Date): string {
  const shifted = new Date(now.getTime() + 8 * 3600_000);
  shifted.setUTCHours(0, 0, 0, 0);
  return new Date(shifted.getTime() - 8 * 3600_000).toISOString();
}
