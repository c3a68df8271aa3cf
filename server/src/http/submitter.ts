import type { Context } from 'hono';
import { issuingBaseUrl } from '../result-codes/issuer-base.ts';
import type { Submitter } from '../submissions/accept-submission.ts';
import type { AppEnv } from './context.ts';

/** Who sends a submission, as this request tells: the plain value the domain module takes. */
export function submitterOf(c: Context<AppEnv>): Submitter {
  return {
    locale: c.get('locale'),
    userId: c.get('session')?.user.id ?? null,
    ip: c.get('ip'),
    publicBaseUrl: issuingBaseUrl(c),
  };
}
