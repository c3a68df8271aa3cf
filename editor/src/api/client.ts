import type { AppDefinition, RuntimePack } from '@sprout/shared';
import type { SignedIn } from '@sprout/shared/api';
import type { AppDetail, AppSummary, Problem, PublishResult } from './types.ts';

/** A failed request, carrying the server's problem+json so the UI can show its message. */
export class ApiError extends Error {
  constructor(
    readonly problem: Problem,
    /** Seconds the server asked to wait (`Retry-After` of a 429), when it said. */
    readonly retryAfter?: number,
  ) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`);
  }
  get status(): number {
    return this.problem.status;
  }
}

/** Who is signed in and the CSRF token (`POST /auth/login`, `GET /auth/me`). */
export type Session = SignedIn;

/** A typed client for /api/v1; it keeps the CSRF token from login/me and sends it on every write. */
export function createApi(base = '/api/v1', getLocale: () => string = () => 'zh-CN') {
  let csrf = '';
  async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const raw = body === undefined ? undefined : { type: 'application/json', data: JSON.stringify(body) };
    return send<T>(method, path, raw);
  }
  /** Any body with its content type, e.g. a pack archive as `application/gzip`. */
  async function send<T>(method: string, path: string, body?: { type: string; data: BodyInit }): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': getLocale() };
    if (body !== undefined) headers['Content-Type'] = body.type;
    if (method !== 'GET' && csrf) headers['X-CSRF-Token'] = csrf;
    const res = await fetch(`${base}${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: body?.data,
    });
    if (res.status === 204) return undefined as T;
    const data = await res.json().catch(() => ({}));
    if (!res.ok) {
      const wait = Number(res.headers.get('retry-after'));
      throw new ApiError({ status: res.status, title: res.statusText, ...data }, wait > 0 ? wait : undefined);
    }
    return data as T;
  }
  const keep = (s: Session) => {
    csrf = s.csrfToken;
    return s;
  };
  return {
    login: (username: string, password: string) =>
      request<Session>('POST', '/auth/login', { username, password }).then(keep),
    me: () => request<Session>('GET', '/auth/me').then(keep),
    logout: () => request<void>('POST', '/auth/logout'),
    listApps: () => request<{ items: AppSummary[] }>('GET', '/apps'),
    createApp: (title: string, definition?: AppDefinition) =>
      request<AppDetail>('POST', '/apps', definition ? { title, definition } : { title }),
    getApp: (id: number) => request<AppDetail>('GET', `/apps/${encodeURIComponent(id)}`),
    saveDraft: (id: number, definition: AppDefinition, revision: number) =>
      request<{ revision: number }>('PUT', `/apps/${encodeURIComponent(id)}/draft`, { definition, revision }),
    publish: (id: number) => request<PublishResult>('POST', `/apps/${encodeURIComponent(id)}/publish`),
    /** The packs this app's builder may use (pinned versions kept, newest approved for the rest). */
    appCatalog: (id: number) =>
      request<{ packs: RuntimePack[] }>('GET', `/apps/${encodeURIComponent(id)}/catalog`).then((r) => r.packs),
    request,
    send,
  };
}

export type Api = ReturnType<typeof createApi>;
