import { createHash } from 'node:crypto';
import type { SubmitBody } from '@sprout/shared/api';
import { canonicalJson } from './canonical-json.ts';

/** A hash of what a submit sent, so a replayed Idempotency-Key with another body is told apart. */
export function bodyHash(body: SubmitBody): string {
  return (
    createHash('sha256')
      // Canonical: a retry whose JSON has its keys in another order is the same body.
      .update(canonicalJson([body.version, body.values, body.deviceId ?? null]))
      .digest('base64url')
  );
}
