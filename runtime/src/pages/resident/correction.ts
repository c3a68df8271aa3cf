import type { ReceiptAnswers } from '@sprout/shared/api';
import type { KeyValueStorage } from '../../drafts/draft-store.ts';
import { DEFAULT_API_BASE } from '../../api/http-services.ts';
import { HttpError, type Problem, type Receipt } from '../../api/public-api.ts';

/**
 * A returned submission can be corrected only from the device that sent it: the edit
 * token comes once with the receipt and is kept here, per receipt code.
 */
const key = (code: string) => `sprout:edit:${code.toUpperCase()}`;

export function rememberEditToken(storage: KeyValueStorage | undefined, receipt: Receipt): void {
  if (!receipt.editToken) return;
  try {
    storage?.setItem(key(receipt.receiptCode), receipt.editToken);
  } catch {
    // Storage blocked: the receipt still works, only correction from this device does not.
  }
}

export function editTokenFor(storage: KeyValueStorage | undefined, code: string): string | undefined {
  try {
    return storage?.getItem(key(code)) ?? undefined;
  } catch {
    return undefined;
  }
}

export type Answers = ReceiptAnswers;

async function answer<T>(r: Response): Promise<T> {
  if (!r.ok) throw new HttpError(r.status, ((await r.json().catch(() => ({}))) as Problem) ?? {});
  return (await r.json()) as T;
}

/** The answers behind a receipt, to fill the form again. */
export async function fetchAnswers(code: string, token: string, locale: string, apiBase = DEFAULT_API_BASE) {
  const r = await fetch(`${apiBase}/public/receipts/${encodeURIComponent(code)}/answers`, {
    headers: { Accept: 'application/json', 'Accept-Language': locale, 'X-Edit-Token': token },
  });
  return answer<Answers>(r);
}

/** Sends the corrected answers: same receipt, the next revision, pending again. */
export async function resubmit(
  code: string,
  token: string,
  body: { version: number; values: Record<string, unknown> },
  locale: string,
  apiBase = DEFAULT_API_BASE,
): Promise<Receipt> {
  const r = await fetch(`${apiBase}/public/receipts/${encodeURIComponent(code)}`, {
    method: 'PUT',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/json',
      'Accept-Language': locale,
      'X-Edit-Token': token,
    },
    body: JSON.stringify(body),
  });
  return answer<Receipt>(r);
}
