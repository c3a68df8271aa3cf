import type {
  ReviewItemView as ReviewItem,
  ReviewSummary,
  TrustedIssuerView as TrustedIssuer,
} from '@sprout/shared/api';
import type { Api } from '../api/client.ts';

export type ReviewAction = 'claim' | 'release' | 'approve' | 'reject' | 'return';

export type {
  ReviewItemView as ReviewItem,
  ReviewSummary,
  TrustedIssuerView as TrustedIssuer,
} from '@sprout/shared/api';

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
