import type { Context } from 'hono';
import type { Submitter } from '../submissions/accept-submission.ts';
import type { AppEnv } from './context.ts';

/** The deployment's public base URL: configured, or the origin the request came to. */
export function publicBaseUrl(c: Context<AppEnv>): string {
  return c.get('deps').resultCodes.publicBaseUrl ?? new URL(c.req.url).origin;
}

/** Who sends a submission, as this request tells: the plain value the domain module takes. */
export function submitterOf(c: Context<AppEnv>): Submitter {
  return {
    locale: c.get('locale'),
    userId: c.get('session')?.user.id ?? null,
    ip: c.get('ip'),
    publicBaseUrl: publicBaseUrl(c),
  };
}
