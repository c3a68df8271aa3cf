import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBlankDefinition } from '@sprout/shared/definition';
import { afterAll, describe, expect, it } from 'vitest';
import { submissionRow } from '../submission-row.fixture.ts';
import { createSqliteStorage, openDatabase } from './index.ts';
import { createSubmissionStore } from './submissions.ts';
import { createWalSync } from './wal-sync.ts';

const AT = '2026-03-02T08:00:00.000Z';
const NORMAL = 1;
const FULL = 2;

const answeredYet = async (p: Promise<unknown>) => {
  let done = false;
  void p.then(() => {
    done = true;
  });
  for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
  return done;
};

/** A SQLite file holding one org and one app, closed again so the test opens it its own way. */
async function seedApp(file: string) {
  const storage = createSqliteStorage({ file });
  const org = await storage.orgs.create({ parentId: null, name: '余杭区', code: '330110', level: 'county' });
  const app = await storage.apps.create({
    orgId: org.id,
    slug: 'a',
    title: 'a',
    draft: createBlankDefinition('a'),
    createdBy: null,
    now: AT,
  });
  await storage.close();
  return { org, app };
}

describe('sqlite submissions: answered only once the WAL is synced', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sprout-durable-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('commits a batch without its own fsync, then waits for the WAL sync before answering inserts and replays', async () => {
    const file = join(dir, 'x.db');
    const { org, app } = await seedApp(file);

    const db = openDatabase(file);
    const syncModes: number[] = [];
    const finishSync: Array<() => void> = [];
    const real = createWalSync(`${file}-wal`);
    const wal = createWalSync(`${file}-wal`, async () => {
      syncModes.push(db.pragma('synchronous', { simple: true }) as number);
      await new Promise<void>((resolve) => finishSync.push(resolve));
      await real.synced();
    });
    const store = createSubmissionStore(db, { wal });
    const row = submissionRow(app.id, org.id, { receiptCode: 'RDURABLE1', submittedAt: AT, idempotencyKey: 'k1' });
    const inserted = store.insert(row);
    expect(await answeredYet(inserted)).toBe(false);
    // Committed (readable) but not yet answered: the sync is still running.
    expect(db.prepare('SELECT count(*) FROM submissions').pluck().get()).toBe(1);
    expect(syncModes).toEqual([FULL]);
    const replay = store.byIdempotencyKey(app.id, 'k1');
    expect(await answeredYet(replay)).toBe(false);
    finishSync.shift()?.();
    expect((await inserted).kind).toBe('created');
    // The replay asked after the first sync began, so it waits for the next one.
    expect(await answeredYet(replay)).toBe(false);
    finishSync.shift()?.();
    expect((await replay)?.submission.receiptCode).toBe('RDURABLE1');
    db.close();
  });

  it('commits the batch at synchronous=NORMAL and leaves the connection at FULL', async () => {
    const file = join(dir, 'y.db');
    const { org, app } = await seedApp(file);
    const db = openDatabase(file);
    // What the connection's synchronous setting is whenever a statement of the store runs.
    const modes = new Set<number>();
    const prepare = db.prepare.bind(db);
    db.prepare = ((sql: string) => {
      const statement = prepare(sql);
      const run = statement.run.bind(statement);
      statement.run = ((...args: unknown[]) => {
        if (/^\s*INSERT INTO submissions/.test(sql)) modes.add(db.pragma('synchronous', { simple: true }) as number);
        return run(...args);
      }) as typeof statement.run;
      return statement;
    }) as typeof db.prepare;
    const store = createSubmissionStore(db);
    await store.insert(submissionRow(app.id, org.id, { receiptCode: 'RDURABLE2', submittedAt: AT }));
    expect([...modes]).toEqual([NORMAL]);
    expect(db.pragma('synchronous', { simple: true })).toBe(FULL);
    db.close();
  });
});
