import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkAnswer } from './answer-check.ts';
import { createApp } from '../src/app.ts';
import { createResultCodeService } from '../src/result-codes/service.ts';
import type { AppOptions } from '../src/http/context.ts';
import { NO_RATE_LIMITS } from '../src/http/rate-limit-policy.ts';
import { serveApp } from '../src/http/serve-app.ts';
import { DEMO_PASSWORD, seedDemo } from '../src/seed/demo.ts';
import { openPostgres } from '../src/storage/postgres/test-database.ts';
import { createSqliteStorage, type DivisionSource } from '../src/storage/sqlite/index.ts';
import type { Storage } from '../src/storage/types.ts';

const NO_HOLIDAYS = { holidays: new Set<string>(), workingWeekends: new Set<string>() };

/** A clock tests move by hand: sessions and lockouts expire without waiting. */
export function manualClock(start = Date.parse('2026-03-02T02:00:00Z')) {
  let t = start;
  return {
    now: () => new Date(t),
    advance: (ms: number) => {
      t += ms;
    },
  };
}

export interface TestServer {
  url: string;
  storage: Storage;
  clock: ReturnType<typeof manualClock>;
  dir: string;
  close(): Promise<void>;
}

/** The engine route tests run on: SQLite, or PostgreSQL in the `unit-pg` project (`SPROUT_TEST_ENGINE=postgres`). */
export const TEST_ENGINE: 'sqlite' | 'postgres' = process.env.SPROUT_TEST_ENGINE === 'postgres' ? 'postgres' : 'sqlite';

/** A fresh storage on the test engine: a temporary SQLite file in `dir`, or a fresh PostgreSQL database. */
async function openTestStorage(
  dir: string,
  divisions: DivisionSource,
): Promise<{ storage: Storage; dispose(): Promise<void> }> {
  if (TEST_ENGINE === 'postgres') return openPostgres({ divisions });
  const storage = createSqliteStorage({ file: join(dir, 'sprout.db'), divisions });
  return { storage, dispose: () => storage.close() };
}

/**
 * A real server on a loopback port over a real temporary SQLite file (or a fresh PostgreSQL
 * database, see `TEST_ENGINE`), seeded with the demo (fixture divisions unless the test asks
 * for the real import).
 */
export async function startTestServer(
  options: { divisions?: DivisionSource; seed?: boolean; app?: Partial<AppOptions> } = {},
): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'sprout-server-test-'));
  const { storage, dispose } = await openTestStorage(dir, options.divisions ?? 'fixture');
  const clock = manualClock();
  const resultCodes = createResultCodeService({ dataDir: join(dir, 'data') });
  if (options.seed !== false) {
    await seedDemo({ storage, clock, resultCodes, workCalendar: NO_HOLIDAYS, utcOffsetMinutes: 480 });
  }
  // Tests send many requests from one address; rate-limit tests pass their own limits.
  const app = createApp({ storage, clock, resultCodes, rateLimits: NO_RATE_LIMITS, ...options.app });
  const server = serveApp(app, { port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    storage,
    clock,
    dir,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
      await dispose();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface Client {
  csrf: string;
  cookie: string;
  fetch(path: string, init?: RequestInit & { json?: unknown }): Promise<Response>;
}

/** Calls the API as nobody: JSON bodies encoded, no cookie; a 2xx JSON answer is checked against the OpenAPI document. */
export async function request(
  base: string,
  path: string,
  init: RequestInit & { json?: unknown } = {},
): Promise<Response> {
  const headers = new Headers(init.headers);
  let body = init.body;
  if (init.json !== undefined) {
    headers.set('content-type', 'application/json');
    body = JSON.stringify(init.json);
  }
  const res = await fetch(`${base}/api/v1${path}`, { ...init, headers, body });
  // Every JSON answer a route test receives must be what the OpenAPI document says it is.
  await checkAnswer(base, init.method ?? 'GET', path, res);
  return res;
}

/**
 * Signs in a demo user and answers a client that sends the cookie and the CSRF token.
 * A password someone else chose must be changed first: the client does that, keeping
 * the same password, as the official who has since chosen their own would stand
 * (`{ keepForcedChange: true }` leaves it pending, for tests of that rule).
 */
export async function login(
  base: string,
  username: string,
  password = DEMO_PASSWORD,
  options: { keepForcedChange?: boolean } = {},
): Promise<Client> {
  const res = await request(base, '/auth/login', { method: 'POST', json: { username, password } });
  if (res.status !== 200) throw new Error(`login of ${username} answered ${res.status}: ${await res.text()}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken, user } = (await res.json()) as { csrfToken: string; user: { mustChangePassword?: boolean } };
  if (user.mustChangePassword && !options.keepForcedChange) {
    const changed = await request(base, '/auth/password', {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrfToken },
      json: { oldPassword: password, newPassword: password },
    });
    if (changed.status !== 204) throw new Error(`the forced password change of ${username} answered ${changed.status}`);
  }
  return {
    csrf: csrfToken,
    cookie,
    fetch: (path, init = {}) => {
      const headers = new Headers(init.headers);
      headers.set('cookie', cookie);
      if (!headers.has('x-csrf-token')) headers.set('x-csrf-token', csrfToken);
      return request(base, path, { ...init, headers });
    },
  };
}

export async function json<T = Record<string, unknown>>(res: Response): Promise<T> {
  return (await res.json()) as T;
}
