import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXAMPLES } from '@sprout/examples';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../src/storage/postgres/test-database.ts';
import { type Client, json, login, request, TEST_ENGINE } from './harness.ts';
import { type ServerProcess, startServerProcess } from './server-process.ts';
import { healthValues } from './valid-values.ts';

// Two server processes on one database, with requests alternating between them the way a
// round-robin proxy sends them; nothing that changes behaviour may live in one process. The
// database is one SQLite WAL file (a valid deployment on one machine) or, in the `unit-pg`
// project, one PostgreSQL database (DATABASE_URL). Both share the data folder (signing keys).
const dataDir = mkdtempSync(join(tmpdir(), 'sprout-two-nodes-'));
let database: TestDatabase | undefined;
let a: ServerProcess;
let b: ServerProcess;

beforeAll(async () => {
  database = TEST_ENGINE === 'postgres' ? await createTestDatabase() : undefined;
  // The first node seeds the demo; the second opens the same, already seeded database. Behind
  // one proxy both have the same public address, which result codes name as their issuer.
  const env = {
    SPROUT_DEMO: '1',
    SPROUT_PUBLIC_URL: 'http://sprout.test',
    ...(database ? { DATABASE_URL: database.url } : {}),
  };
  a = await startServerProcess(dataDir, env);
  b = await startServerProcess(dataDir, env);
}, 120_000);
afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await database?.dispose();
  rmSync(dataDir, { recursive: true, force: true });
});

/** The same signed-in official, sending the cookie and CSRF token it got elsewhere to `node`. */
function on(node: ServerProcess, who: Client): Client {
  return {
    ...who,
    fetch: (path, init = {}) => {
      const headers = new Headers(init.headers);
      headers.set('cookie', who.cookie);
      if (!headers.has('x-csrf-token')) headers.set('x-csrf-token', who.csrf);
      return request(node.url, path, { ...init, headers });
    },
  };
}

let keyN = 0;
function submit(node: ServerProcess, slug: string, key = `two-nodes-${++keyN}`) {
  return request(node.url, `/public/apps/${slug}/submissions`, {
    method: 'POST',
    json: { version: 1, consentVersion: 1, values: healthValues() },
    headers: { 'idempotency-key': key },
  });
}

async function villageId(who: Client): Promise<number> {
  const orgs = await json<{ items: Array<{ id: number; code: string }> }>(await who.fetch('/orgs'));
  return orgs.items.find((o) => o.code === '330110109222')!.id;
}

const titleOf = async (node: ServerProcess, slug: string) =>
  (await json<{ definition: { meta: { title: unknown } } }>(await request(node.url, `/public/apps/${slug}`))).definition
    .meta.title;

describe('two server nodes on one database', () => {
  it('runs both nodes on the engine the project asked for', async () => {
    // The line after "running at" names where the data lives.
    for (const node of [a, b]) {
      await vi.waitFor(() => expect(node.output()).toContain(database ? 'data: postgres://' : 'sprout.db'));
    }
  });

  it('takes a session and its CSRF token made on A on B, and a sign-out on B ends it on A', async () => {
    const onA = await login(a.url, 'county-viewer');
    const onB = on(b, onA);
    expect((await onB.fetch('/auth/me')).status).toBe(200);
    expect((await onB.fetch('/auth/logout', { method: 'POST' })).status).toBe(204);
    expect((await onA.fetch('/auth/me')).status).toBe(401);
  });

  it('serves residents on B the version just published on A, and the reverse', async () => {
    const county = await login(a.url, 'county-admin');
    const base = EXAMPLES['health-code']!;
    const created = await county.fetch('/apps', {
      method: 'POST',
      json: {
        title: '两节点',
        orgId: await villageId(county),
        definition: { ...base, meta: { ...base.meta, title: '第一版' } },
      },
    });
    const app = await json<{ id: number; slug: string; revision: number }>(created);
    expect((await county.fetch(`/apps/${app.id}/publish`, { method: 'POST' })).status).toBe(201);
    expect(await titleOf(b, app.slug)).toBe('第一版');

    const second = { ...base, meta: { ...base.meta, title: '第二版' } };
    const saved = await county.fetch(`/apps/${app.id}/draft`, {
      method: 'PUT',
      json: { definition: second, revision: app.revision },
    });
    expect(saved.status).toBe(200);
    expect((await county.fetch(`/apps/${app.id}/publish`, { method: 'POST' })).status).toBe(201);
    expect(await titleOf(b, app.slug)).toBe('第二版');

    const third = { ...base, meta: { ...base.meta, title: '第三版' } };
    const { revision } = await json<{ revision: number }>(saved);
    await on(b, county).fetch(`/apps/${app.id}/draft`, { method: 'PUT', json: { definition: third, revision } });
    expect((await on(b, county).fetch(`/apps/${app.id}/publish`, { method: 'POST' })).status).toBe(201);
    expect(await titleOf(a, app.slug)).toBe('第三版');
  });

  it('answers a retry on B with the receipt A gave for the same Idempotency-Key, storing one submission', async () => {
    const first = await submit(a, 'health-code', 'retry-elsewhere');
    expect(first.status).toBe(201);
    const retry = await submit(b, 'health-code', 'retry-elsewhere');
    expect(retry.status).toBe(200);
    const receipt = (await json<{ receiptCode: string }>(first)).receiptCode;
    expect((await json<{ receiptCode: string }>(retry)).receiptCode).toBe(receipt);
  });

  it('verifies on B a result code signed on A: both publish the same keys', async () => {
    const res = await submit(a, 'health-code');
    const { resultCode } = await json<{ resultCode?: string }>(res);
    expect(resultCode).toBeDefined();
    const verified = await request(b.url, '/public/verify', { method: 'POST', json: { token: resultCode } });
    expect(await json(verified)).toMatchObject({ status: 'valid' });
    const jwks = async (node: ServerProcess) => (await fetch(`${node.url}/.well-known/jwks.json`)).json();
    expect(await jwks(b)).toEqual(await jwks(a));
  });

  it('holds a review claim taken on A against a reviewer on B', async () => {
    const county = await login(a.url, 'county-admin');
    const base = EXAMPLES['health-code']!;
    const definition = {
      ...base,
      settings: { ...base.settings, review: { required: true, timeLimitDays: 3 }, resultCode: { issue: false } },
    };
    const created = await county.fetch('/apps', {
      method: 'POST',
      json: { title: '两节点审核', orgId: await villageId(county), definition },
    });
    const app = await json<{ id: number; slug: string }>(created);
    await county.fetch(`/apps/${app.id}/publish`, { method: 'POST' });
    const { receiptCode } = await json<{ receiptCode: string }>(await submit(b, app.slug));
    const village = await login(a.url, 'jingshancun-builder');
    const town = on(b, await login(b.url, 'jingshan-reviewer'));
    const queue = await json<{ items: Array<{ id: number; receiptCode: string }> }>(
      await village.fetch(`/review/queue?appId=${app.id}`),
    );
    const item = queue.items.find((i) => i.receiptCode === receiptCode)!;
    const claim = (who: Client) =>
      who.fetch(`/apps/${app.id}/submissions/${item.id}/review`, { method: 'POST', json: { action: 'claim' } });
    expect((await claim(village)).status).toBe(200);
    expect((await claim(town)).status).toBe(409);
  });

  it('counts sign-in failures on both nodes toward one lock', async () => {
    const attempt = (node: ServerProcess, password: string) =>
      request(node.url, '/auth/login', { method: 'POST', json: { username: 'pingyao-builder', password } });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await attempt(i % 2 ? b : a, 'wrong')).status);
    // The same four failures as on one node (login-throttle.test.ts), though spread over two.
    expect(statuses).toEqual([401, 401, 401, 401, 429]);
    expect((await attempt(a, 'sprout-demo-1')).status).toBe(429);
    expect((await attempt(b, 'sprout-demo-1')).status).toBe(429);
  });

  it('draws residents’ submissions on both nodes from one rate bucket per address', async () => {
    // One burst, half to each node: 30 tokens per address (DEFAULT_RATE_LIMITS), some already
    // spent above, refilled at 0.5 a second. Two buckets would let all 40 through.
    const started = Date.now();
    const statuses = await Promise.all(
      Array.from({ length: 40 }, async (_, i) => (await submit(i % 2 ? b : a, 'health-code')).status),
    );
    const refilled = Math.ceil(((Date.now() - started) / 1000) * 0.5);
    const created = statuses.filter((s) => s === 201).length;
    expect(created).toBeLessThanOrEqual(30 + refilled);
    expect(created).toBeLessThan(40);
    expect(statuses.filter((s) => s === 429)).toHaveLength(40 - created);
  });
});
