import type { ResultCodeClaims, TrustedKey } from './types.ts';

/** One deployment a verifier trusts: its keys, the issuer URLs they speak for, and names to show. */
export interface BundleIssuer {
  /** The deployment's name (互认 lists show it), e.g. 余杭区萌芽. */
  name: string;
  /** Issuer URL prefixes its keys may sign for, e.g. `https://sprout.yuhang.gov.cn/o/`. */
  issuers: string[];
  keys: TrustedKey['jwk'][];
  /** Org names by issuer URL (`…/o/330110` → 余杭区); this deployment's own entry carries them. */
  orgs?: Record<string, string>;
  /** App titles by the `app` claim (the slug). */
  apps?: Record<string, string>;
}

/**
 * What a verifier needs offline, as `GET /api/v1/public/verification-bundle` answers it
 * and `/verify` caches it.
 */
export interface TrustBundle {
  generatedAt: string;
  issuers: BundleIssuer[];
  revocations: Array<{ iss: string; jti: string }>;
}

/** The bundle's keys as `verifyResultCode` takes them, each bound to its deployment's issuers. */
export function bundleKeys(bundle: TrustBundle): TrustedKey[] {
  return bundle.issuers.flatMap((i) => i.keys.map((jwk) => ({ jwk, issuers: i.issuers, issuerName: i.name })));
}

export function bundleRevocations(bundle: TrustBundle): (iss: string, jti: string) => boolean {
  const revoked = new Set(bundle.revocations.map((r) => `${r.iss} ${r.jti}`));
  return (iss, jti) => revoked.has(`${iss} ${jti}`);
}

/** Who issued a code, in names a gatekeeper understands: the deployment, and where known the org and the app. */
export interface IssuerNames {
  deployment: string;
  org?: string;
  app?: string;
}

/**
 * Names for a verified code's issuer, looked up in the bundle by the key's deployment:
 * the org from `iss`, the app from `app`. Never a host name.
 * @example issuerNames(bundle, claims) // { deployment: '余杭区萌芽', org: '余杭区', app: '居民健康申报' }
 */
export function issuerNames(
  bundle: TrustBundle,
  claims: Pick<ResultCodeClaims, 'iss' | 'app'>,
): IssuerNames | undefined {
  // Claims of a code that failed its checks may say anything, even a number for `iss`.
  const iss: unknown = claims.iss;
  if (typeof iss !== 'string') return undefined;
  const entry = bundle.issuers.find((i) => i.issuers.some((prefix) => iss.startsWith(prefix)));
  if (!entry) return undefined;
  const org = own(entry.orgs, iss);
  const app = own(entry.apps, claims.app);
  return { deployment: entry.name, ...(org ? { org } : {}), ...(app ? { app } : {}) };
}

function own(names: Record<string, string> | undefined, key: unknown): string | undefined {
  return names && typeof key === 'string' && Object.hasOwn(names, key) ? names[key] : undefined;
}
