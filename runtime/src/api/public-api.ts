import { type ProblemBody, type PublishedAppBody, type Receipt, submissionFieldIssues } from '@sprout/shared/api';
import type { Issue } from '@sprout/shared';
import type { SendOutcome, QueuedSubmission } from '../offline/submission-queue.ts';
import { DEFAULT_API_BASE } from './http-services.ts';

export type { PublishedAppBody as PublishedApp, Receipt } from '@sprout/shared/api';
/** An RFC 9457 problem as the server sends it; `status` may be missing when the body was not JSON. */
export type Problem = Omit<ProblemBody, 'status'> & { status?: number };

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
  }
}

async function problemOf(r: Response): Promise<Problem> {
  try {
    return (await r.json()) as Problem;
  } catch {
    return { status: r.status };
  }
}

async function getJson<T>(url: string, locale: string): Promise<T> {
  const r = await fetch(url, { headers: { Accept: 'application/json', 'Accept-Language': locale } });
  if (!r.ok) throw new HttpError(r.status, await problemOf(r));
  return (await r.json()) as T;
}

export function fetchPublishedApp(slug: string, locale: string, apiBase = DEFAULT_API_BASE) {
  return getJson<PublishedAppBody>(`${apiBase}/public/apps/${encodeURIComponent(slug)}`, locale);
}

export function fetchReceipt(code: string, locale: string, apiBase = DEFAULT_API_BASE) {
  return getJson<Receipt>(`${apiBase}/public/receipts/${encodeURIComponent(code)}`, locale);
}

/**
 * One attempt to send a queued submission. A network failure or a server error (5xx)
 * is "offline": the same key is tried again later. A 4xx is final.
 */
export async function sendSubmission(
  item: QueuedSubmission,
  apiBase = DEFAULT_API_BASE,
): Promise<SendOutcome<Receipt>> {
  let r: Response;
  try {
    r = await fetch(`${apiBase}/public/apps/${encodeURIComponent(item.slug)}/submissions`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/json',
        'Accept-Language': item.locale,
        'Idempotency-Key': item.key,
      },
      body: JSON.stringify({
        version: item.version,
        values: item.values,
        deviceId: item.deviceId,
        consentVersion: item.consentVersion,
      }),
    });
  } catch {
    return { kind: 'offline' };
  }
  if (r.ok) return { kind: 'sent', receipt: (await r.json()) as Receipt };
  if (r.status >= 500 || r.status === 408 || r.status === 429) return { kind: 'offline' };
  const problem = await problemOf(r);
  if (r.status === 409 && problem.code === 'version-outdated' && typeof problem.currentVersion === 'number') {
    return { kind: 'outdated', currentVersion: problem.currentVersion };
  }
  return { kind: 'rejected', status: r.status, problem };
}

/** The server names submission fields `values.members[0].age`; the form knows them as `members[0].age`. */
export const fieldIssues: (problem: Problem) => Issue[] = submissionFieldIssues;
