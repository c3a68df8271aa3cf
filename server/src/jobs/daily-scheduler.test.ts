import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSqliteStorage } from '../storage/sqlite/index.ts';
import type { Storage } from '../storage/types.ts';
import { chinaDayAndHour, createDailyScheduler } from './daily-scheduler.ts';

let dir: string;
let storage: Storage;
let t = Date.parse('2026-03-01T18:00:00Z'); // 02:00 in China on 2 March
const clock = { now: () => new Date(t) };
const hours = (h: number) => {
  t += h * 3600_000;
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sprout-jobs-'));
  storage = createSqliteStorage({ file: join(dir, 'x.db') });
  t = Date.parse('2026-03-01T18:00:00Z');
});
afterEach(async () => {
  await storage.close();
  rmSync(dir, { recursive: true, force: true });
});

function scheduler(holder: string, runs: string[], fail = false) {
  return createDailyScheduler({
    clock,
    leases: storage.jobs,
    holder,
    hour: 3,
    jobs: [
      {
        name: 'retention',
        run: async () => {
          if (fail) throw new Error('disk full');
          runs.push(`${holder}@${chinaDayAndHour(clock.now()).day}`);
        },
      },
    ],
  });
}

describe('the daily scheduler', () => {
  it('runs once a China day from its hour on, and again the next day', async () => {
    const runs: string[] = [];
    const s = scheduler('a', runs);
    expect(await s.tick()).toEqual([]); // 02:00, before the hour
    hours(1);
    expect(await s.tick()).toEqual(['retention']);
    hours(5);
    expect(await s.tick()).toEqual([]);
    hours(20); // 03:00 on 3 March
    await s.tick();
    expect(runs).toEqual(['a@2026-03-02', 'a@2026-03-03']);
  });

  it('lets only one of two nodes run a day (the lease row)', async () => {
    const runs: string[] = [];
    const a = scheduler('a', runs);
    const b = scheduler('b', runs);
    hours(1);
    await Promise.all([a.tick(), b.tick()]);
    await b.tick();
    expect(runs).toHaveLength(1);
  });

  it('leaves a failed day undone so the lease expires and another node retries it', async () => {
    const runs: string[] = [];
    hours(1);
    expect(await scheduler('a', runs, true).tick()).toEqual([]);
    const b = scheduler('b', runs);
    expect(await b.tick()).toEqual([]); // a's lease still holds
    hours(2); // past the 1-hour lease
    expect(await b.tick()).toEqual(['retention']);
    expect(runs).toEqual(['b@2026-03-02']);
  });
});
