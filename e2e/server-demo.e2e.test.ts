import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from './support/server.ts';

// The README's promise: a fresh start imports the real divisions, seeds the demo and
// publishes the examples; a resident page and the officials' login then work end to end.
let server: RunningServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.stop());

const api = (path: string, init?: RequestInit) => fetch(`${server.url}/api/v1${path}`, init);

describe('server: the seeded demo on a fresh data dir', () => {
  it('serves the full division tree down to villages', async () => {
    const provinces = (await (await api('/divisions')).json()) as { items: Array<{ code: string }> };
    expect(provinces.items.length).toBeGreaterThanOrEqual(31);
    const villages = (await (await api('/divisions?parent=330110109')).json()) as { items: Array<{ level: string }> };
    expect(villages.items.length).toBeGreaterThan(5);
    expect(villages.items.every((v) => v.level === 'village')).toBe(true);
  });

  it('publishes the four examples with sample submissions', async () => {
    for (const slug of ['health-code', 'village-daily-report', 'elderly-subsidy', 'huitoukan-survey']) {
      expect((await api(`/public/apps/${slug}`)).status, slug).toBe(200);
    }
    const login = await api('/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'county-admin', password: 'sprout-demo-1' }),
    });
    expect(login.status).toBe(200);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const apps = (await (await api('/apps', { headers: { cookie } })).json()) as {
      items: Array<{ slug: string; submissionCount: number }>;
    };
    expect(apps.items).toHaveLength(4);
    expect(apps.items.every((a) => a.submissionCount > 0)).toBe(true);
  });

  it('serves the resident page at /a/:slug and the editor at /', async () => {
    const resident = await fetch(`${server.url}/a/health-code`);
    expect(resident.status).toBe(200);
    expect(resident.headers.get('content-type')).toContain('text/html');
    const editor = await fetch(`${server.url}/some/client/route`);
    expect(editor.status).toBe(200);
    expect(await editor.text()).toContain('<html');
  });
});
