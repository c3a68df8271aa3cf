export { ACCEPTED_ALGORITHMS, MAX_RESULT_CODE_VALID_HOURS, RESULT_CODE_TYP } from './types.ts';
export type { ResultCodeClaims, TrustedKey, VerifyResult, VerifyStatus } from './types.ts';
export { verifyResultCode } from './verify.ts';
export type { VerifyOptions } from './verify.ts';
export { QR_PREFIX, fromQrPayload, toQrPayload } from './qr-payload.ts';
export type { BundleIssuer, IssuerNames, TrustBundle } from './bundle.ts';
export { bundleKeys, bundleRevocations, issuerNames } from './bundle.ts';
