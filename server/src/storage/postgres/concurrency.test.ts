import { createBlankDefinition } from '@sprout/shared/definition';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { submissionRow } from '../submission-row.fixture.ts';
import type { Org, Storage } from '../types.ts';
import { connectPostgres, type Sql } from './db.ts';
import { openPostgres } from './test-database.ts';

const AT = '2026-03-02T02:00:00.000Z';

/**
 * Races made certain: a side transaction holds a lock while the racers start, and lets go
 * only once every one of them is waiting on it, so they all pass their checks before any
 * of them writes. The contract suites show the same rules without forcing the overlap.
 */
describe('postgres stores under concurrency', () => {
  let storage: Storage;
  let dispose: () => Promise<void>;
  let side: Sql;
  let village: Org;
  let appId: number;

  beforeEach(async () => {
    const db = await openPostgres();
    storage = db.storage;
    side = connectPostgres(db.url, { max: 2 });
    dispose = async () => {
      await side.end();
      await db.dispose();
    };
    const county = await storage.orgs.create({ parentId: null, name: '余杭区', code: '330110', level: 'county' });
    village = await storage.orgs.create({
      parentId: county.id,
      name: '径山村',
      code: '330110109222',
      level: 'village',
    });
    const app = await storage.apps.create({
      orgId: village.id,
      slug: 'race',
      title: '并发',
      draft: createBlankDefinition('x'),
      createdBy: null,
      now: AT,
    });
    appId = app.id;
  });
  afterEach(() => dispose());

  /** Resolves once `n` sessions of this database wait on a lock. */
  async function lockWaiters(n: number) {
    for (;;) {
      const [row] = await side<{ n: number }[]>`
        SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND wait_event_type = 'Lock'`;
      if ((row?.n ?? 0) >= n) return;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  /** Runs `racers` while `lock` is held, releasing it once `waiting` of them wait on it. */
  async function race<T>(lock: (tx: Sql) => Promise<unknown>, waiting: number, racers: () => Promise<T>[]) {
    let running: Promise<T>[] = [];
    await side.begin(async (tx) => {
      await lock(tx as unknown as Sql);
      running = racers();
      await lockWaiters(waiting);
    });
    return Promise.all(running);
  }

  it('gives an item to exactly one of the reviewers whose claims were all waiting on it', async () => {
    const reviewers = await Promise.all(
      [1, 2, 3].map((i) =>
        storage.users.create(
          { username: `rv${i}`, displayName: `rv${i}`, orgId: village.id, roles: ['reviewer'], passwordHash: 'x' },
          AT,
        ),
      ),
    );
    const inserted = await storage.submissions.insert(
      submissionRow(appId, village.id, { receiptCode: 'RC1', submittedAt: AT, status: 'pending' }),
    );
    if (inserted.kind !== 'created') throw new Error('insert failed');
    const id = inserted.submission.id;
    const won = await race(
      (tx) => tx`SELECT 1 FROM submissions WHERE id = ${id} FOR UPDATE`,
      reviewers.length,
      () =>
        reviewers.map((r) =>
          storage.review.transition({
            submissionId: id,
            from: 'pending',
            to: 'claimed',
            actorUserId: r.id,
            comment: null,
            at: AT,
            claimedBy: r.id,
          }),
        ),
    );
    expect(won.filter(Boolean)).toHaveLength(1);
    expect((await storage.review.item(appId, id))?.claimedBy?.id).toBe(reviewers[won.indexOf(true)]?.id);
    expect(await storage.submissions.history(id)).toHaveLength(1);
  });

  it('turns the loser of two first reports of a period into a correction of the winner', async () => {
    const task = await storage.tasks.create(
      {
        orgId: village.id,
        appId,
        title: '周报',
        recurrence: 'weekly',
        startsOn: '2026-03-02',
        endsOn: null,
        deadlineDays: 3,
        prefillFields: [],
        masterBindings: {},
        assignees: [village.id],
        createdBy: null,
      },
      AT,
    );
    const report = (n: number) =>
      storage.tasks.submit({
        ...submissionRow(appId, village.id, { receiptCode: `T${n}`, submittedAt: AT }),
        values: { n },
        taskId: task.id,
        periodKey: '2026-W10',
      });
    // Both have looked for an earlier report and stored their own row; their claims wait.
    const both = await race(
      (tx) => tx`LOCK TABLE submission_keys IN SHARE MODE`,
      2,
      () => [report(1), report(2)],
    );
    expect(both.map((r) => r.corrected).sort()).toEqual([false, true]);
    expect(both[0]?.submission.id).toBe(both[1]?.submission.id);
    const fill = await storage.tasks.fill(task.id, '2026-W10', village.id);
    expect(fill?.revision).toBe(2);
    const [rows] = await side<{ n: number }[]>`SELECT count(*)::int AS n FROM submissions WHERE task_id = ${task.id}`;
    expect(rows?.n).toBe(1);
  });

  it('records a master-data value once when two officials save it at the same moment', async () => {
    const by = { userId: null, source: 'edit' };
    const saves = await race(
      (tx) => tx`SELECT 1 FROM orgs WHERE id = ${village.id} FOR NO KEY UPDATE`,
      2,
      () => [
        storage.masterData.set(village.id, { 常住人口: 1000 }, by, AT),
        storage.masterData.set(village.id, { 常住人口: 1000 }, by, AT),
      ],
    );
    expect(saves.map((changed) => changed.length).sort()).toEqual([0, 1]);
    expect(await storage.masterData.history(village.id, '常住人口')).toHaveLength(1);
  });
});
