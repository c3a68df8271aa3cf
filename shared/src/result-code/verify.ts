import { compactVerify, decodeProtectedHeader, importJWK } from 'jose';
import {
  ACCEPTED_ALGORITHMS,
  RESULT_CODE_TYP,
  type ResultCodeClaims,
  type TrustedKey,
  type VerifyResult,
} from './types.ts';

export interface VerifyOptions {
  keys: readonly TrustedKey[];
  /** Whether an issuer has revoked a code by its `jti`. */
  isRevoked: (iss: string, jti: string) => boolean;
  /** Seconds since the epoch. */
  now: number;
}

// Header parameters that would let a token bring its own key; a verifier must ignore
// such keys, and we refuse the token outright so nobody is misled.
const KEY_CARRYING = ['jwk', 'jku', 'x5u', 'x5c'];

/**
 * Checks a result code offline against trusted keys: the signature first, then the
 * issuer, revocation and expiry. Never throws for a bad token.
 * @example const r = await verifyResultCode(token, { keys, isRevoked: () => false, now: Date.now() / 1000 });
 */
export async function verifyResultCode(token: string, options: VerifyOptions): Promise<VerifyResult> {
  let header: Record<string, unknown>;
  try {
    header = decodeProtectedHeader(token.trim()) as Record<string, unknown>;
  } catch {
    return { status: 'malformed', reason: 'not a compact JWS' };
  }
  if (!(ACCEPTED_ALGORITHMS as readonly string[]).includes(String(header.alg))) {
    return { status: 'tampered', reason: `algorithm ${String(header.alg)} is not accepted` };
  }
  if (KEY_CARRYING.some((k) => k in header)) return { status: 'tampered', reason: 'the token carries its own key' };
  if (header.typ !== RESULT_CODE_TYP) return { status: 'malformed', reason: 'not a Sprout result code' };
  const trusted = options.keys.find((k) => k.jwk.kid === header.kid);
  if (!trusted) return { status: 'unknown-issuer', reason: `no trusted key ${String(header.kid)}` };
  const claims = await checkSignature(token.trim(), trusted, String(header.alg));
  if (!claims) return { status: 'tampered', reason: 'the signature does not match' };
  return judgeClaims(claims, trusted, options);
}

async function checkSignature(token: string, trusted: TrustedKey, alg: string): Promise<ResultCodeClaims | undefined> {
  try {
    const key = await importJWK(trusted.jwk, alg);
    const { payload } = await compactVerify(token, key, { algorithms: [alg] });
    const claims = JSON.parse(new TextDecoder().decode(payload)) as ResultCodeClaims;
    return typeof claims === 'object' && claims !== null ? claims : undefined;
  } catch {
    return undefined;
  }
}

const CLAIM_TYPES: Record<keyof ResultCodeClaims, 'string' | 'number'> = {
  iss: 'string',
  iat: 'number',
  exp: 'number',
  jti: 'string',
  rc: 'string',
  app: 'string',
  ver: 'number',
  sub: 'string',
  nm: 'string',
};
const OPTIONAL_CLAIMS = new Set(['sub', 'nm']);

/** Whether a signed payload really is result-code claims (a verdict shows them only then). */
function hasClaimShape(claims: ResultCodeClaims): boolean {
  return Object.entries(CLAIM_TYPES).every(([name, type]) => {
    const value = (claims as unknown as Record<string, unknown>)[name];
    return typeof value === type || (value === undefined && OPTIONAL_CLAIMS.has(name));
  });
}

function judgeClaims(claims: ResultCodeClaims, trusted: TrustedKey, options: VerifyOptions): VerifyResult {
  // A payload of the wrong shape is judged without being passed on as claims it is not.
  const base = { ...(hasClaimShape(claims) ? { claims } : {}), issuerName: trusted.issuerName };
  if (typeof claims.iss !== 'string' || !trusted.issuers.some((i) => claims.iss.startsWith(i))) {
    return { ...base, status: 'unknown-issuer', reason: `key is not trusted for issuer ${String(claims.iss)}` };
  }
  if (typeof claims.exp !== 'number' || typeof claims.jti !== 'string' || typeof claims.rc !== 'string') {
    return { ...base, status: 'malformed', reason: 'required claims are missing' };
  }
  if (options.isRevoked(claims.iss, claims.jti)) return { ...base, status: 'revoked', reason: 'the issuer revoked it' };
  if (claims.exp <= options.now) return { ...base, status: 'expired', reason: 'past its expiry' };
  return { ...base, status: 'valid', reason: 'signature, issuer, revocation and expiry check out' };
}
