import { randomUUID } from 'node:crypto';
import autocannon, { type Result } from 'autocannon';
import { sampleValues } from '../src/seed/samples.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
export const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
/** Rounds of floor-then-Sprout measurements; alternating spreads the machine's changing load over both. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const WARM_UP_SECONDS = 5;

/** autocannon's result with the CPU time per answered request of the server process and of the load generator. */
export type Measured = Result & { cpuMicrosPerRequest: number; clientMicrosPerRequest: number };

export interface HttpPair {
  floor: Measured[];
  sprout: Measured[];
  /** A second floor measured in the same rounds, when the route has one. */
  reference?: Measured[];
}

interface Target {
  url: string;
  path: string;
  /** CPU seconds the answering process has used so far. */
  cpu: () => number;
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

async function drive(target: Target, method: 'GET' | 'POST', duration = SECONDS): Promise<Measured> {
  const requests = method === 'GET' ? [{ method, path: target.path }] : [post(target.path)];
  const cpuBefore = target.cpu();
  const clientBefore = process.cpuUsage();
  const result = await autocannon({ url: target.url, connections: CONNECTIONS, duration, requests });
  const client = process.cpuUsage(clientBefore);
  const answered = Math.max(1, result['2xx'] + result.non2xx);
  return {
    ...result,
    cpuMicrosPerRequest: ((target.cpu() - cpuBefore) / answered) * 1e6,
    clientMicrosPerRequest: (client.user + client.system) / answered,
  };
}

/** Floor and Sprout on one route, warmed up (JIT) and then measured in alternating rounds. */
async function pair(floor: Target, sprout: Target, method: 'GET' | 'POST', reference?: Target): Promise<HttpPair> {
  // Warm-up: the JIT, and tsx compiling the server's modules on first use.
  await drive(floor, method, WARM_UP_SECONDS);
  if (reference) await drive(reference, method, WARM_UP_SECONDS);
  await drive(sprout, method, WARM_UP_SECONDS);
  const out: HttpPair = { floor: [], sprout: [], ...(reference ? { reference: [] } : {}) };
  for (let i = 0; i < ROUNDS; i++) {
    out.floor.push(await drive(floor, method));
    if (reference) out.reference?.push(await drive(reference, method));
    out.sprout.push(await drive(sprout, method));
  }
  return out;
}

type Server = { url: string; cpuSeconds(): number };
type Floor = Server & { referenceUrl: string };

/** `/api/v1/health` against a bare hono route, then validated durable submissions against bare grouped inserts. */
export async function measureHttp(sprout: Server, floor: Floor) {
  const at = (server: Server, path: string): Target => ({ url: server.url, path, cpu: () => server.cpuSeconds() });
  const reference = at({ url: floor.referenceUrl, cpuSeconds: floor.cpuSeconds }, '/health-headed');
  const health = await pair(at(floor, '/health'), at(sprout, '/api/v1/health'), 'GET', reference);
  const submissions = '/api/v1/public/apps/health-code/submissions';
  const submit = await pair(at(floor, '/submit'), at(sprout, submissions), 'POST');
  return { health, submit };
}

/** Mean requests per second over the rounds. */
export const rate = (results: Result[]) =>
  results.reduce((sum, r) => sum + r.requests.average, 0) / Math.max(1, results.length);
