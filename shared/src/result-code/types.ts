/** The `typ` header of Sprout result codes, so a verifier never mistakes another JWS for one. */
export const RESULT_CODE_TYP = 'sprout-rc';

/**
 * The longest an app may make its codes valid (`settings.resultCode.validHours`): 90 days.
 * A retired signing key stays published at least this long, so no code outlives its key.
 */
export const MAX_RESULT_CODE_VALID_HOURS = 24 * 90;

/** Algorithms a result code may be signed with; never `none`, HMAC or anything else. */
export const ACCEPTED_ALGORITHMS = ['ES256', 'EdDSA'] as const;

/**
 * The claims of a signed result code, kept minimal so the QR code stays small.
 * Short names follow JWT where one exists (`iss`, `iat`, `exp`, `jti`, `sub`).
 */
export interface ResultCodeClaims {
  /** Issuer URL, one per org, e.g. `https://sprout.example/orgs/330110`. */
  iss: string;
  iat: number;
  exp: number;
  /** Revocation id. */
  jti: string;
  /** The outcome's code, e.g. `green`. */
  rc: string;
  /** App id and published version the outcome was computed on. */
  app: string;
  ver: number;
  /** Pseudonymous subject: a keyed hash of e.g. the ID number, never the number itself. */
  sub?: string;
  /** Masked display name, e.g. 张*三. */
  nm?: string;
}

/** A public key a verifier trusts, with the issuer it speaks for. */
export interface TrustedKey {
  /** A public JWK (`kty`, `crv`, `x`, `y`), with `kid` the RFC 7638 thumbprint. */
  jwk: { kid?: string; kty: string; crv?: string; x?: string; y?: string; alg?: string; use?: string };
  /** Issuer URLs this key may sign for (a prefix match: the deployment's base URL). */
  issuers: string[];
  /** Human name of the issuing deployment, shown to the person verifying (互认). */
  issuerName: string;
}

export type VerifyStatus = 'valid' | 'expired' | 'revoked' | 'unknown-issuer' | 'tampered' | 'malformed';

export interface VerifyResult {
  status: VerifyStatus;
  claims?: ResultCodeClaims;
  issuerName?: string;
  /** Why, in English, for logs and tests; pages show their own wording per status. */
  reason: string;
}
