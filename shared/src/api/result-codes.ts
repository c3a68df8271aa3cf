import type { IssuerNames, TrustedKey, VerifyResult } from '../result-code/index.ts';

/** `GET /public/revocations`: codes revoked and not yet expired. */
export interface RevocationList {
  revocations: Array<{ iss: string; jti: string; revokedAt: string; expiresAt: string }>;
}

/** `POST /public/verify`: the check `/verify` does offline, with the issuer in names people know. */
export interface VerifyAnswer extends VerifyResult {
  issuedBy?: IssuerNames;
}

/** `POST /keys/rotate`: the new signing key's id and every public key still published. */
export interface KeysRotated {
  kid: string;
  keys: Array<TrustedKey['jwk']>;
}

/** `POST /apps/:id/submissions/:sid/revoke`: the revoked code's issuer and id. */
export interface CodeRevoked {
  iss: string;
  jti: string;
  revokedAt: string;
}
