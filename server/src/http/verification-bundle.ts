import type { Context } from 'hono';
import type { TrustBundle } from '../result-codes/bundle.ts';
import { issuerUrl } from '../result-codes/issue-result-code.ts';
import { publicBaseUrl } from '../result-codes/issuer-base.ts';
import type { AppEnv } from './context.ts';

/** Everything a verifier needs offline: own keys, the trust list's keys, live revocations, and names to show. */
export async function verificationBundle(c: Context<AppEnv>): Promise<TrustBundle> {
  const { storage, clock, resultCodes } = c.get('deps');
  const now = clock.now();
  const base = publicBaseUrl(c);
  const names = await storage.trust.issuingNames();
  const own = {
    name: resultCodes.name ?? new URL(base).host,
    issuers: [`${base}/o/`],
    keys: (await resultCodes.publicJwks(now.getTime())) as TrustBundle['issuers'][number]['keys'],
    orgs: Object.fromEntries(names.orgs.map((o) => [issuerUrl(base, o.code), o.name])),
    apps: Object.fromEntries(names.apps.map((a) => [a.slug, a.title])),
  };
  const trusted = (await storage.trust.list()).map((t) => ({
    name: t.name,
    issuers: [t.issuerPrefix],
    keys: t.jwks as TrustBundle['issuers'][number]['keys'],
  }));
  const revocations = (await storage.trust.revocations(now.toISOString())).map(({ iss, jti }) => ({ iss, jti }));
  return { generatedAt: now.toISOString(), issuers: [own, ...trusted], revocations };
}
