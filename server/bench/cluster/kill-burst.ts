import { sampleValues } from '../../src/seed/samples.ts';
import type { ClusterNode } from './node-process.ts';

const BODY = JSON.stringify({ version: 1, consentVersion: 1, values: sampleValues('2026-03-02')['health-code']?.[0] });

export interface BurstResult {
  /** Idempotency key → the receipt code its 2xx answered. */
  acknowledged: Map<string, string>;
  /** Keys that needed more than one attempt (the first hit the killed node or a 502). */
  retried: number;
  /** Retries answered 200: the first attempt had committed on the killed node before it died. */
  replayed: number;
  killedAtMs: number;
  seconds: number;
}

type Answer = { status: number; receipt?: string };

async function post(url: string, key: string): Promise<Answer> {
  try {
    const res = await fetch(`${url}/api/v1/public/apps/health-code/submissions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': key },
      body: BODY,
    });
    const body = (await res.json().catch(() => ({}))) as { receiptCode?: string };
    return { status: res.status, ...(body.receiptCode ? { receipt: body.receiptCode } : {}) };
  } catch {
    return { status: 0 };
  }
}

/** Sends one submission until it is acknowledged, retrying with the same key as the runtime's outbox does. */
async function submitUntilAcknowledged(url: string, key: string): Promise<Answer & { attempts: number }> {
  for (let attempts = 1; attempts <= 100; attempts++) {
    const answer = await post(url, key);
    if (answer.status === 200 || answer.status === 201) return { ...answer, attempts };
    if (answer.status !== 0 && answer.status < 500) throw new Error(`${key} answered ${answer.status}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${key} was never acknowledged`);
}

/**
 * `clients` residents submit through the proxy for `seconds`; `victim` is killed with
 * SIGKILL after `killAfterMs`. A client whose request fails (connection cut, 502 from
 * the proxy) sends it again with the same Idempotency-Key until it is acknowledged.
 */
export async function killBurst(
  url: string,
  victim: ClusterNode,
  options: { clients: number; seconds: number; killAfterMs: number },
): Promise<BurstResult> {
  const acknowledged = new Map<string, string>();
  let retried = 0;
  let replayed = 0;
  const started = performance.now();
  const end = started + options.seconds * 1000;
  let killedAtMs = 0;
  const kill = setTimeout(() => {
    killedAtMs = performance.now() - started;
    victim.child.kill('SIGKILL');
  }, options.killAfterMs);
  const client = async (c: number) => {
    for (let i = 0; performance.now() < end; i++) {
      const key = `burst-${c}-${i}`;
      const answer = await submitUntilAcknowledged(url, key);
      acknowledged.set(key, answer.receipt as string);
      if (answer.attempts > 1) retried++;
      if (answer.attempts > 1 && answer.status === 200) replayed++;
    }
  };
  await Promise.all(Array.from({ length: options.clients }, (_, c) => client(c)));
  clearTimeout(kill);
  return { acknowledged, retried, replayed, killedAtMs, seconds: (performance.now() - started) / 1000 };
}

export interface BurstCheck {
  lost: string[];
  /** Keys whose replay answered another receipt than the first acknowledgement. */
  differentReceipt: string[];
}

/** After the burst: every acknowledged receipt is there, and replaying each key answers the same receipt. */
export async function checkBurst(url: string, burst: BurstResult): Promise<BurstCheck> {
  const lost: string[] = [];
  const differentReceipt: string[] = [];
  for (const [key, receipt] of burst.acknowledged) {
    const found = await fetch(`${url}/api/v1/public/receipts/${receipt}`);
    if (found.status !== 200) lost.push(receipt);
    const replay = await post(url, key);
    if (replay.status !== 200 || replay.receipt !== receipt) differentReceipt.push(key);
  }
  return { lost, differentReceipt };
}
