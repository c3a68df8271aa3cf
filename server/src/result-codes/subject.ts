import { createHmac, type KeyObject } from 'node:crypto';

/**
 * The pseudonymous subject of a result code: a keyed hash (HMAC-SHA256) of e.g. the ID
 * number, cut to 96 bits. Without the deployment's secret nobody can test guesses of
 * the number against it, and the number itself never enters the code.
 */
export function pseudonymousSubject(value: string, secret: string | KeyObject): string {
  const normalized = value.trim().toUpperCase();
  return createHmac('sha256', secret).update(normalized).digest().subarray(0, 12).toString('base64url');
}
