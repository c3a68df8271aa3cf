import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBlankDefinition } from '@sprout/shared/definition';
import type { AggregateQuery } from '@sprout/shared/stats';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { submissionRow } from '../submission-row.fixture.ts';
import type { Storage } from '../types.ts';
import { AGGREGATE_CELLS_MIGRATION } from './aggregate-cells-schema.ts';
import { createSqliteStorage, openDatabase } from './index.ts';
import { MIGRATIONS, migrate } from './migrations.ts';

// White-box checks of the SQLite counters; the contract suite proves their figures.
describe('aggregate cells (sqlite)', () => {
  let dir: string;
  let storage: Storage;
  let appId: number;
  let orgId: number;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sprout-cells-'));
    storage = createSqliteStorage({ file: join(dir, 'x.db'), divisions: 'fixture' });
    orgId = (await storage.orgs.create({ parentId: null, name: '县', code: '330110', level: 'county' })).id;
    const app = await storage.apps.create({
      orgId,
      slug: 'cells',
      title: '计数',
      draft: createBlankDefinition(),
      createdBy: null,
      now: '2026-11-01T00:00:00.000Z',
    });
    appId = app.id;
    await storage.aggregates.trackFields(appId, ['n', 'c']);
    for (let i = 0; i < 6; i++) {
      await storage.submissions.insert(
        submissionRow(appId, orgId, {
          receiptCode: `C${i}`,
          submittedAt: `2026-11-0${1 + (i % 2)}T03:00:00.000Z`,
          values: { n: i, c: i % 2 ? '是' : '否', name: `住户${i}` },
        }),
      );
    }
  });
  afterEach(async () => {
    await storage.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const query: AggregateQuery = {
    appId: 0,
    scopeOrgId: 0,
    filter: {},
    group: { by: 'none' },
    numbers: ['n'],
    choices: ['c'],
  };

  it('answers from the counters, not the rows, for tracked fields', async () => {
    const db = openDatabase(join(dir, 'x.db'));
    try {
      // Behind the triggers' back: the rows change, the counters do not.
      db.exec('DROP TRIGGER aggregate_cells_update');
      db.prepare(`UPDATE submissions SET values_json = '{"n": 100, "c": "是"}' WHERE app_id = ?`).run(appId);
    } finally {
      db.close();
    }
    const [g] = await storage.aggregates.aggregate({ ...query, appId, scopeOrgId: orgId });
    expect(g?.numbers.n?.sum).toBe(15);
    expect(g?.choices.c).toEqual({ 是: 3, 否: 3 });
    // A free-text filter can only be answered by the rows: they show the change.
    const [scanned] = await storage.aggregates.aggregate({ ...query, appId, scopeOrgId: orgId, filter: { q: '是' } });
    expect(scanned?.numbers.n?.sum).toBe(600);
  });

  it('keeps no cells of untracked fields, and none at all once the rows are gone', async () => {
    const db = openDatabase(join(dir, 'x.db'));
    try {
      const fields = db.prepare('SELECT DISTINCT field FROM aggregate_cells WHERE app_id = ? ORDER BY field');
      expect(fields.pluck().all(appId)).toEqual(['', 'c', 'n']);
      const ids = db.prepare('SELECT id FROM submissions WHERE app_id = ?').pluck().all(appId) as number[];
      for (const id of ids) await storage.retention.remove(appId, id, []);
      expect(db.prepare('SELECT COUNT(*) FROM aggregate_cells WHERE app_id = ?').pluck().get(appId)).toBe(0);
    } finally {
      db.close();
    }
  });

  it('counts a group commit’s batch as the insert trigger counts rows one by one', async () => {
    // One batch: rows of two days and outcomes, a multiple choice, a repeated idempotency key.
    const outcomes = [null, { code: 'green', label: '绿码', color: 'green' as const }];
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        storage.submissions.insert(
          submissionRow(appId, orgId, {
            receiptCode: `B${i}`,
            submittedAt: `2026-11-0${3 + (i % 2)}T17:00:00.000Z`,
            values: { n: i % 5, c: i % 3 ? ['是', '否'] : '是', name: `住户${i}` },
            outcome: outcomes[i % 2] ?? null,
            idempotencyKey: `key-${i % 10}`,
          }),
        ),
      ),
    );
    const db = openDatabase(join(dir, 'x.db'));
    try {
      const cells = db.prepare(
        'SELECT field, org_id, day, status, outcome, value, n FROM aggregate_cells WHERE app_id = ? ORDER BY 1, 2, 3, 4, 5, 6',
      );
      const batched = cells.all(appId) as Array<{ n: number }>;
      expect(db.prepare('SELECT COUNT(*) FROM aggregate_deferral').pluck().get()).toBe(0);
      // The same rows again, inserted by plain SQL: the trigger counts them, doubling every cell.
      db.exec(`INSERT INTO submissions (app_id, org_id, version, receipt_code, status, values_json, computed_json,
        outcome_json, submitted_at) SELECT app_id, org_id, version, receipt_code || 'x', status, values_json,
        computed_json, outcome_json, submitted_at FROM submissions WHERE app_id = ${appId}`);
      expect(cells.all(appId)).toEqual(batched.map((c) => ({ ...c, n: c.n * 2 })));
    } finally {
      db.close();
    }
  });
});

describe('aggregate cells migration', () => {
  it('counts the rows a database already holds when it upgrades', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sprout-cells-upgrade-'));
    try {
      const db = openDatabase(join(dir, 'x.db'));
      const step = MIGRATIONS.indexOf(AGGREGATE_CELLS_MIGRATION);
      for (const sql of MIGRATIONS.slice(0, step)) db.exec(sql);
      db.pragma(`user_version = ${step}`);
      db.exec(`INSERT INTO orgs (id, parent_id, name, code, level, path, created_at)
        VALUES (1, NULL, '县', '330110', 'county', '/1/', '2026-01-01')`);
      db.exec(`INSERT INTO apps (id, org_id, slug, title, draft, status, created_at, updated_at)
        VALUES (1, 1, 'old', '旧', '{}', 'published', '2026-01-01', '2026-01-01')`);
      const insert = db.prepare(`INSERT INTO submissions (app_id, org_id, version, receipt_code, status, values_json,
        computed_json, outcome_json, submitted_at) VALUES (1, 1, 1, ?, 'received', '{"n": 2}', '{}', ?, ?)`);
      insert.run('A1', '{"code":"green"}', '2026-03-01T17:00:00.000Z');
      insert.run('A2', '{"code":"green"}', '2026-03-01T15:00:00.000Z');
      insert.run('A3', null, '2026-03-01T15:30:00.000Z');
      expect(migrate(db)).toBeGreaterThan(0);
      const cells = db
        .prepare('SELECT day, outcome, n FROM aggregate_cells WHERE app_id = 1 ORDER BY day, outcome')
        .all();
      expect(cells).toEqual([
        { day: '2026-03-01', outcome: '', n: 1 },
        { day: '2026-03-01', outcome: 'green', n: 1 },
        { day: '2026-03-02', outcome: 'green', n: 1 },
      ]);
      db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
