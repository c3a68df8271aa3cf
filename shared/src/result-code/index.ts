export { ACCEPTED_ALGORITHMS, RESULT_CODE_TYP } from './types.ts';
export type { ResultCodeClaims, TrustedKey, VerifyResult, VerifyStatus } from './types.ts';
export { verifyResultCode } from './verify.ts';
export type { VerifyOptions } from './verify.ts';
export { QR_PREFIX, fromQrPayload, toQrPayload } from './qr-payload.ts';
