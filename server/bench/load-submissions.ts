import { join } from 'node:path';
import Database from 'better-sqlite3';
import { EXAMPLES } from '@sprout/examples';
import { evaluateOutcome, validateSubmission } from '@sprout/shared/submission';
import { receiptCode } from '../src/auth/tokens.ts';
import { createResultCodeService } from '../src/result-codes/service.ts';
import { DEMO_PASSWORD, seedDemo } from '../src/seed/demo.ts';
import { sampleValues } from '../src/seed/samples.ts';
import { createSqliteStorage } from '../src/storage/sqlite/index.ts';

/**
 * Fills a fresh data dir with the demo and `count` health-code submissions, through
 * the storage interface (group commit does the batching), for the export benchmark.
 */
export async function loadSubmissions(dataDir: string, count: number): Promise<void> {
  const storage = createSqliteStorage({ file: join(dataDir, 'sprout.db'), divisions: 'fixture' });
  const now = new Date();
  await seedDemo({
    storage,
    clock: { now: () => now },
    resultCodes: createResultCodeService({ dataDir }),
    workCalendar: { holidays: new Set(), workingWeekends: new Set() },
    utcOffsetMinutes: 480,
  });
  const app = await storage.apps.published('health-code');
  const def = EXAMPLES['health-code'];
  const samples = sampleValues('2026-03-02')['health-code'] ?? [];
  if (!app || !def) throw new Error('the demo seed lost the health-code app');
  const clock = { now, utcOffsetMinutes: 480 };
  const clean = samples.map((v) => {
    const r = validateSubmission(def, v, { clock });
    if (!r.ok) throw new Error('sample invalid');
    return { ...r.value, outcome: evaluateOutcome(def, r.value.values, r.value.computed, clock) };
  });
  // The first rows go through the storage interface (group commit batches them); the rest
  // are copies made inside SQLite, each with its own receipt code and name: minutes faster.
  const direct = Math.min(count, 5_000);
  const inserts = [];
  for (let i = 0; i < direct; i++) {
    const c = clean[i % clean.length]!;
    inserts.push(
      storage.submissions.insert({
        appId: app.appId,
        orgId: app.orgId,
        receiptCode: receiptCode(),
        version: 1,
        status: 'received',
        values: { ...c.values, name: `住户${i}` },
        computed: c.computed,
        outcome: c.outcome,
        submittedAt: new Date(now.getTime() - (count - i) * 1000).toISOString(),
        idempotencyKey: null,
        bodyHash: null,
        deviceId: null,
        submitterUserId: null,
        onceKey: null,
        ip: null,
      }),
    );
  }
  await Promise.all(inserts);
  await storage.close();
  copyRows(join(dataDir, 'sprout.db'), app.appId, count - direct);
}

/** Appends `extra` copies of an app's rows, in rounds that at most double them. */
function copyRows(file: string, appId: number, extra: number): void {
  const db = new Database(file);
  const copy = db.prepare(
    `INSERT INTO submissions (app_id, org_id, version, receipt_code, status, values_json, computed_json,
       outcome_json, submitted_at)
     SELECT app_id, org_id, version, upper(hex(randomblob(8))), status,
       json_set(values_json, '$.name', '住户' || (id + ?)), computed_json, outcome_json, submitted_at
     FROM submissions WHERE app_id = ? ORDER BY id LIMIT ?`,
  );
  const offset = db.prepare('SELECT max(id) AS n FROM submissions').pluck();
  for (let left = extra; left > 0; ) {
    const done = copy.run(offset.get(), appId, left).changes;
    left -= done;
  }
  db.close();
}

export { DEMO_PASSWORD };
