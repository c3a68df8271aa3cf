import { join } from 'node:path';
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
  const chunk = 20_000;
  for (let done = 0; done < count; done += chunk) {
    const inserts = [];
    for (let i = done; i < Math.min(count, done + chunk); i++) {
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
  }
  await storage.close();
}

export { DEMO_PASSWORD };
