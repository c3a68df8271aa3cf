import { createApp } from './app.ts';
import { systemClock } from './http/context.ts';
import { issuerWarning } from './result-codes/issuer-base.ts';
import { createResultCodeService } from './result-codes/service.ts';
import { flagIncompatiblePacks } from './packs/flag-incompatible-packs.ts';
import { backfillReviewDeadlines } from './review/backfill-deadlines.ts';
import { readConfig } from './config.ts';
import { NO_RATE_LIMITS } from './http/rate-limit-policy.ts';
import { seedDemo } from './seed/demo.ts';
import { demoWarning } from './startup/demo-warning.ts';
import { describeStorage, openStorage } from './storage/open-storage.ts';
import { createDailyScheduler } from './jobs/daily-scheduler.ts';
import { dailyJobs } from './jobs/daily-jobs.ts';
import { createGracefulShutdown } from './lifecycle/graceful-shutdown.ts';
import { createLogger } from './logging/logger.ts';
import { serveApp } from './http/serve-app.ts';

// `npm start`: open (or create, migrate, import divisions into and, with SPROUT_DEMO=1,
// seed) the database under SPROUT_DATA_DIR, then serve the API and the built front ends.
// Whatever this process creates (database, keys, exports) is readable by its user only.
process.umask(0o077);
const config = readConfig();
const logger = createLogger();
// Set once the server listens; until then nothing is draining.
let shutdown: ReturnType<typeof createGracefulShutdown> | undefined;
const storage = await openStorage(config);
const resultCodes = createResultCodeService({
  dataDir: config.dataDir,
  publicBaseUrl: config.publicBaseUrl,
  name: config.deploymentName,
});
const workCalendar = {
  holidays: new Set(config.workCalendar.holidays),
  workingWeekends: new Set(config.workCalendar.workingWeekends),
};
const empty = (await storage.users.count()) === 0;
const logins =
  config.demo && empty
    ? await seedDemo(
        { storage, resultCodes, workCalendar, clock: systemClock, utcOffsetMinutes: 480 },
        { publicBaseUrl: config.publicBaseUrl ?? `http://127.0.0.1:${config.port}` },
      )
    : [];
const warning = demoWarning(config);
if (warning) console.error(warning);
// Open review items stored before deadlines were kept get one now, so none waits unseen.
await backfillReviewDeadlines(storage, workCalendar);
// Packs this Sprout no longer fits (after an upgrade) are flagged once here, with the reason.
for (const pack of await flagIncompatiblePacks(storage.packs)) logger.warn({ pack }, 'incompatible pack blocked');
const app = createApp({
  storage,
  dist: config.dist,
  secureCookies: config.secureCookies,
  trustProxy: config.trustProxy,
  trustFetchAllow: config.trustFetchAllow,
  ...(config.rateLimitsOff ? { rateLimits: NO_RATE_LIMITS } : {}),
  resultCodes,
  workCalendar: config.workCalendar,
  packUploads: config.packUploads,
  timeZone: config.timeZone,
  logger,
  lifecycle: { isDraining: () => shutdown?.isDraining() ?? false },
});

// Retention (and other daily jobs) run in-process once a China day; a lease row keeps it to one node.
const scheduler = createDailyScheduler({
  clock: systemClock,
  leases: storage.jobs,
  jobs: dailyJobs(storage),
  onError: (job, error) => logger.error({ job, err: error }, 'daily job failed; it is retried on the next tick'),
});
scheduler.start();

const server = serveApp(app, { port: config.port, hostname: config.host }, (info) => {
  const shown = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  console.log(`Sprout is running at http://${shown}:${info.port}`);
  console.log(`data: ${describeStorage(config)}`);
  const noIssuer = issuerWarning(config.publicBaseUrl, config.host);
  if (noIssuer) console.warn(noIssuer);
  if (logins.length > 0) {
    console.log('Demo logins (first run):');
    for (const l of logins) console.log(`  ${l.username.padEnd(22)} ${l.password}   ${l.org} · ${l.roles.join(', ')}`);
  } else if (config.demo) {
    console.log('Demo logins: see README (password sprout-demo-1)');
  } else if (empty) {
    console.log('No administrator yet. Create the first one with:');
    console.log('  npm run admin -- init --division <division code> --username <name>');
  }
});

shutdown = createGracefulShutdown({
  server,
  storage,
  scheduler,
  logger,
  graceMs: config.shutdownGraceMs,
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => shutdown?.shutdown(signal));
