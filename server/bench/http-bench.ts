import { randomUUID } from 'node:crypto';
import autocannon, { type Result } from 'autocannon';
import { sampleValues } from '../src/seed/samples.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
export const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
/** Rounds of floor-then-Sprout measurements; alternating spreads the machine's changing load over both. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);

export interface HttpPair {
  floor: Result[];
  sprout: Result[];
}

/** One health-code submission, the same body the floor and Sprout receive. */
export function submitBody(): string {
  return JSON.stringify({ version: 1, consentVersion: 1, values: sampleValues('2026-03-02')['health-code']?.[0] });
}

const withFreshKey = (req: { headers?: Record<string, string> }) => ({
  ...req,
  headers: { ...req.headers, 'idempotency-key': randomUUID() },
});

function post(path: string) {
  return {
    method: 'POST' as const,
    path,
    headers: { 'content-type': 'application/json' },
    body: submitBody(),
    setupRequest: withFreshKey,
  };
}

async function drive(url: string, path: string, method: 'GET' | 'POST', duration = SECONDS): Promise<Result> {
  const requests = method === 'GET' ? [{ method, path }] : [post(path)];
  return autocannon({ url, connections: CONNECTIONS, duration, requests });
}

/** Floor and Sprout on one route, warmed up (JIT) and then measured in alternating rounds. */
async function pair(
  floor: { url: string; path: string },
  sprout: { url: string; path: string },
  method: 'GET' | 'POST',
): Promise<HttpPair> {
  await drive(floor.url, floor.path, method, 2);
  await drive(sprout.url, sprout.path, method, 2);
  const out: HttpPair = { floor: [], sprout: [] };
  for (let i = 0; i < ROUNDS; i++) {
    out.floor.push(await drive(floor.url, floor.path, method));
    out.sprout.push(await drive(sprout.url, sprout.path, method));
  }
  return out;
}

/** `/api/v1/health` against a bare hono route, then validated durable submissions against bare grouped inserts. */
export async function measureHttp(sproutUrl: string, floorUrl: string) {
  const health = await pair({ url: floorUrl, path: '/health' }, { url: sproutUrl, path: '/api/v1/health' }, 'GET');
  const submit = await pair(
    { url: floorUrl, path: '/submit' },
    { url: sproutUrl, path: '/api/v1/public/apps/health-code/submissions' },
    'POST',
  );
  return { health, submit };
}

/** Mean requests per second over the rounds. */
export const rate = (results: Result[]) =>
  results.reduce((sum, r) => sum + r.requests.average, 0) / Math.max(1, results.length);
