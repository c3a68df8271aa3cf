import { randomUUID } from 'node:crypto';
import type { Clock } from '../http/context.ts';
import type { JobLeaseStore } from '../storage/types.ts';

export interface DailyJob {
  name: string;
  run(now: Date): Promise<unknown>;
}

export interface DailySchedulerOptions {
  clock: Clock;
  leases: JobLeaseStore;
  jobs: readonly DailyJob[];
  /** China-time hour from which a day's run may start (default 3: the quiet hours). */
  hour?: number;
  /** How long a holder keeps the lease before another node may take over a crashed run. */
  leaseMs?: number;
  /** This process's name in the lease table. */
  holder?: string;
  /** Errors of a run; the day stays undone so the next tick retries. */
  onError?: (job: string, error: unknown) => void;
}

const CHINA_OFFSET_MS = 8 * 3600_000;

/** The China day (`YYYY-MM-DD`) and hour of an instant. */
export function chinaDayAndHour(now: Date): { day: string; hour: number } {
  const shifted = new Date(now.getTime() + CHINA_OFFSET_MS);
  return { day: shifted.toISOString().slice(0, 10), hour: shifted.getUTCHours() };
}

/**
 * Runs each job once a China day, from `hour` on. `tick()` does the work and is what tests
 * call with an injected clock; `start()` only calls it every minute. A lease row per job
 * (`JobLeaseStore`) makes one node of many run it, and a crashed run is retried after
 * the lease expires.
 */
export function createDailyScheduler(options: DailySchedulerOptions) {
  const { clock, leases, jobs } = options;
  const hour = options.hour ?? 3;
  const leaseMs = options.leaseMs ?? 3600_000;
  const holder = options.holder ?? randomUUID();
  let timer: ReturnType<typeof setInterval> | undefined;
  let running: Promise<string[]> | undefined;

  async function runDue(): Promise<string[]> {
    const now = clock.now();
    const today = chinaDayAndHour(now);
    if (today.hour < hour) return [];
    const ran: string[] = [];
    for (const job of jobs) {
      const until = new Date(now.getTime() + leaseMs).toISOString();
      if (!(await leases.claim(job.name, today.day, holder, until, now.toISOString()))) continue;
      try {
        await job.run(now);
        await leases.finish(job.name, today.day, holder);
        ran.push(job.name);
      } catch (error) {
        options.onError?.(job.name, error);
      }
    }
    return ran;
  }

  return {
    /** Runs the jobs that are due and answers their names; overlapping ticks share one run. */
    tick(): Promise<string[]> {
      running ??= runDue().finally(() => {
        running = undefined;
      });
      return running;
    },
    start(everyMs = 60_000): void {
      timer ??= setInterval(() => void this.tick(), everyMs);
      timer.unref?.();
    },
    stop(): void {
      if (timer) clearInterval(timer);
      timer = undefined;
    },
  };
}
