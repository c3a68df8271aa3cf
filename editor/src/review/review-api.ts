import type { Api } from '../api/client.ts';

export type ReviewAction = 'claim' | 'release' | 'approve' | 'reject' | 'return';

/** One queue item as `/review/queue` and `/review/overdue` answer it. */
export interface ReviewItem {
  id: number;
  appId: number;
  appTitle: string;
  orgName: string;
  receiptCode: string;
  status: string;
  revision: number;
  values: Record<string, unknown>;
  outcome: { code: string; label: string; color: string | null } | null;
  submittedAt: string;
  reviewDueAt: string | null;
  overdue: boolean;
  claimedBy: { id: number; displayName: string } | null;
  reviewComment: string | null;
}

export interface ReviewSummary {
  waiting: number;
  claimedByMe: number;
  overdue: number;
}

export interface TrustedIssuer {
  id: number;
  name: string;
  issuerPrefix: string;
  keys: Array<{ kid?: string }>;
  sourceUrl: string | null;
  addedAt: string;
}

/** The review and trust-list routes, over the shell's typed client. */
export function reviewApi(api: Api) {
  return {
    queue: () => api.request<{ items: ReviewItem[] }>('GET', '/review/queue'),
    overdue: () => api.request<{ items: ReviewItem[] }>('GET', '/review/overdue'),
    summary: () => api.request<ReviewSummary>('GET', '/review/summary'),
    act: (item: ReviewItem, action: ReviewAction, comment?: string) =>
      api.request<ReviewItem>('POST', `/apps/${item.appId}/submissions/${item.id}/review`, {
        action,
        ...(comment ? { comment } : {}),
      }),
    trustList: () => api.request<{ items: TrustedIssuer[] }>('GET', '/trust'),
    addTrust: (body: { name: string; issuerPrefix: string; jwks?: unknown; jwksUrl?: string }) =>
      api.request<TrustedIssuer>('POST', '/trust', body),
    removeTrust: (id: number) => api.request<void>('DELETE', `/trust/${id}`),
    rotateKeys: () => api.request<{ kid: string }>('POST', '/keys/rotate'),
  };
}
