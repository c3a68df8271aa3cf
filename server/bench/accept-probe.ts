import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SubmitBody } from '@sprout/shared/api';
import { createResultCodeService } from '../src/result-codes/service.ts';
import { seedDemo } from '../src/seed/demo.ts';
import { createSqliteStorage } from '../src/storage/sqlite/index.ts';
import { type AcceptDeps, acceptSubmission } from '../src/submissions/accept-submission.ts';
import { submitBody } from './http-bench.ts';

// The accept path alone, in one process, with no HTTP: what `acceptSubmission` costs per
// submission with a real SQLite file (group commit and fsync included), 50 in flight at a
// time as the bench's 50 connections keep them. Bundled and run by plain node
// (`accept-built.ts`), as the server runs: prints one JSON line.
const ROUNDS = Number(process.argv[2] ?? 200);
const IN_FLIGHT = 50;

const dir = mkdtempSync(join(tmpdir(), 'sprout-accept-'));
const storage = createSqliteStorage({ file: join(dir, 'sprout.db'), divisions: 'fixture' });
const deps: AcceptDeps = {
  storage,
  resultCodes: createResultCodeService({ dataDir: dir }),
  workCalendar: { holidays: new Set(), workingWeekends: new Set() },
  clock: { now: () => new Date() },
  utcOffsetMinutes: 480,
};
const publicBaseUrl = 'http://127.0.0.1:8787';
await seedDemo(deps, { publicBaseUrl });
const app = await storage.apps.published('health-code');
if (!app) throw new Error('the demo has no health-code app');
const text = submitBody();
const submitter = { locale: 'zh-CN' as const, userId: null, ip: '127.0.0.1', publicBaseUrl };

async function round() {
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, () =>
      acceptSubmission(deps, {
        app: app!,
        // Parsed per submission, as each request's body is.
        body: JSON.parse(text) as SubmitBody,
        idempotencyKey: randomUUID(),
        submitter,
      }),
    ),
  );
}

/** CPU seconds of this (the main) thread alone; process.cpuUsage() adds the signing and pool threads. */
const mainThreadCpu = () => {
  const fields = readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
};

for (let i = 0; i < ROUNDS / 4; i++) await round();
const cpu = process.cpuUsage();
const main0 = mainThreadCpu();
const start = performance.now();
for (let i = 0; i < ROUNDS; i++) await round();
const used = process.cpuUsage(cpu);
const mainUsed = mainThreadCpu() - main0;
const n = ROUNDS * IN_FLIGHT;
console.log(
  JSON.stringify({
    submissions: n,
    cpuMicrosPerSubmission: Math.round((used.user + used.system) / n),
    mainThreadCpuMicrosPerSubmission: Math.round((mainUsed * 1e6) / n),
    wallMicrosPerSubmission: Math.round(((performance.now() - start) * 1000) / n),
  }),
);
await storage.close();
rmSync(dir, { recursive: true, force: true });
