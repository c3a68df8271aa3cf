import { hash } from 'node:crypto';
import type { SubmitBody } from '@sprout/shared/api';
import { canonicalJson } from './canonical-json.ts';

/** A hash of what a submit sent, so a replayed Idempotency-Key with another body is told apart. */
export function bodyHash(body: SubmitBody): string {
  // Canonical: a retry whose JSON has its keys in another order is the same body. One-shot
  // `hash` makes no Hash object for the one update.
  return hash('sha256', canonicalJson([body.version, body.values, body.deviceId ?? null]), 'base64url');
}
