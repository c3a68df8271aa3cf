import { createHash } from 'node:crypto';
import type { SubmitBody } from '@sprout/shared/api';

/** A hash of what a submit sent, so a replayed Idempotency-Key with another body is told apart. */
export function bodyHash(body: SubmitBody): string {
  return createHash('sha256')
    .update(JSON.stringify([body.version, body.values, body.deviceId ?? null]))
    .digest('base64url');
}
