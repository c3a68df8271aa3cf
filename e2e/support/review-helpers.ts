import { DEMO_PASSWORD } from './runtime-resident.ts';

/** An official's API session, as the editor holds it: cookie plus CSRF token. */
export interface ApiSession {
  fetch(path: string, init?: { method?: string; json?: unknown }): Promise<Response>;
}

export async function apiLogin(base: string, username: string): Promise<ApiSession> {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return {
    fetch: (path, init = {}) =>
      fetch(`${base}/api/v1${path}`, {
        method: init.method ?? 'GET',
        headers: {
          cookie,
          'x-csrf-token': csrfToken,
          ...(init.json !== undefined ? { 'content-type': 'application/json' } : {}),
        },
        ...(init.json !== undefined ? { body: JSON.stringify(init.json) } : {}),
      }),
  };
}

/** A one-question app that needs review (3 working days), published by 径山村. */
export async function publishReviewedApp(base: string, title: string): Promise<{ id: number; slug: string }> {
  const admin = await apiLogin(base, 'county-admin');
  const orgs = (await (await admin.fetch('/orgs')).json()) as { items: Array<{ id: number; code: string }> };
  const orgId = orgs.items.find((o) => o.code === '330110109222')!.id;
  const definition = {
    schemaVersion: 2,
    meta: { title },
    pages: [
      {
        id: 'p1',
        title: '申请',
        nodes: [
          { id: 'f-name', type: 'text', name: 'name', required: true, props: { label: '申请人姓名', maxLength: 20 } },
          { id: 'f-reason', type: 'textarea', name: 'reason', required: true, props: { label: '申请事由' } },
        ],
      },
    ],
    computed: [],
    outcomes: [],
    settings: {
      submitters: 'anyone',
      anonymous: false,
      oncePer: 'none',
      review: { required: true, timeLimitDays: 3 },
      resultCode: { issue: false },
      retentionDays: 365,
    },
  };
  const created = await admin.fetch('/apps', { method: 'POST', json: { title, orgId, definition } });
  if (created.status !== 201) throw new Error(`create app: ${created.status} ${await created.text()}`);
  const app = (await created.json()) as { id: number; slug: string };
  const published = await admin.fetch(`/apps/${app.id}/publish`, { method: 'POST' });
  if (published.status !== 201) throw new Error(`publish: ${published.status} ${await published.text()}`);
  return app;
}
