import { isAbsolute, join, resolve } from 'node:path';
import { isTimeZone } from './export/local-time.ts';
import { parseTrustProxy, type TrustProxy } from './http/client-origin.ts';
import type { FrontEndFiles } from './http/context.ts';

/** The repository root, found from this file, so defaults do not depend on the cwd. */
export const REPO_ROOT = resolve(import.meta.dirname, '../..');

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  dbFile: string;
  /** DATABASE_URL=postgres://…: store everything in PostgreSQL instead of the SQLite file `dbFile`. */
  databaseUrl: string | undefined;
  dist: FrontEndFiles;
  /** Cookies carry `Secure`: SPROUT_SECURE_COOKIES=1 or an https SPROUT_PUBLIC_URL. */
  secureCookies: boolean;
  /** SPROUT_TRUST_PROXY: whose X-Forwarded-For / -Proto to believe (off by default). */
  trustProxy: TrustProxy;
  /** SPROUT_TRUST_FETCH_ALLOW: internal hosts the trust list may fetch a JWKS from (comma-separated). */
  trustFetchAllow: string[];
  /** SPROUT_RATE_LIMITS=off lifts the anonymous routes' limits, for load tests only. */
  rateLimitsOff: boolean;
  /** Seed the demo (orgs, ten officials with the published password, example apps) into an empty database. */
  demo: boolean;
  /** `fixture` imports a small slice of the divisions (tests that start the real process). */
  divisions: 'package' | 'fixture';
  /** The public base URL of result-code issuers (`https://sprout.example`); the request's origin when unset. */
  publicBaseUrl: string | undefined;
  /** This deployment's name as other verifiers show it (互认). */
  deploymentName: string | undefined;
  /** Review time limits skip these holidays and count these make-up working days (`YYYY-MM-DD`). */
  workCalendar: { holidays: string[]; workingWeekends: string[] };
  /** SPROUT_PACK_UPLOADS=off: a deployment that installs no vendor packs. */
  packUploads: boolean;
  /** SPROUT_TIME_ZONE: the IANA zone exports write times in (default Asia/Shanghai, Beijing time). */
  timeZone: string;
  /** SPROUT_SHUTDOWN_GRACE_MS: how long requests in flight at SIGTERM may take (default 10 000). */
  shutdownGraceMs: number;
}

/**
 * Reads the environment: PORT (default 8787, 0 = any free port), HOST (default
 * 0.0.0.0), SPROUT_DATA_DIR (default `<repo>/data`; a relative value is taken from
 * the repo root, so `npm start` from anywhere uses the same file), DATABASE_URL (a
 * `postgres://` URL selects PostgreSQL instead of that file), SPROUT_SECURE_COOKIES=1
 * behind https, SPROUT_DEMO=1 (seed the demo into an empty database; `npm start` sets
 * it), SPROUT_DIVISIONS=fixture for tests, SPROUT_PUBLIC_URL (issuer base of result
 * codes), SPROUT_DEPLOYMENT_NAME, SPROUT_HOLIDAYS / SPROUT_WORKING_WEEKENDS (comma-separated `YYYY-MM-DD`, the year's official calendar for review time limits),
 * SPROUT_TIME_ZONE (the zone of times in exports, Asia/Shanghai by default) and SPROUT_PACK_UPLOADS=off to refuse component pack uploads.
 */
export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const raw = env.SPROUT_DATA_DIR ?? 'data';
  const dataDir = isAbsolute(raw) ? raw : resolve(REPO_ROOT, raw);
  return {
    port: Number(env.PORT ?? 8787),
    host: env.HOST ?? '0.0.0.0',
    dataDir,
    dbFile: join(dataDir, 'sprout.db'),
    databaseUrl: env.DATABASE_URL || undefined,
    // Looked up per request: a build that finishes after the start is served without a restart.
    dist: {
      editor: join(REPO_ROOT, 'editor', 'dist'),
      runtime: join(REPO_ROOT, 'runtime', 'dist'),
      residentRender: join(REPO_ROOT, 'runtime', 'dist-ssr', 'render-resident.js'),
    },
    secureCookies: env.SPROUT_SECURE_COOKIES === '1' || (env.SPROUT_PUBLIC_URL ?? '').startsWith('https://'),
    trustProxy: parseTrustProxy(env.SPROUT_TRUST_PROXY),
    demo: env.SPROUT_DEMO === '1',
    rateLimitsOff: env.SPROUT_RATE_LIMITS === 'off',
    trustFetchAllow: (env.SPROUT_TRUST_FETCH_ALLOW ?? '')
      .split(',')
      .map((h) => h.trim())
      .filter(Boolean),
    divisions: env.SPROUT_DIVISIONS === 'fixture' ? 'fixture' : 'package',
    publicBaseUrl: env.SPROUT_PUBLIC_URL || undefined,
    deploymentName: env.SPROUT_DEPLOYMENT_NAME || undefined,
    workCalendar: { holidays: days(env.SPROUT_HOLIDAYS), workingWeekends: days(env.SPROUT_WORKING_WEEKENDS) },
    packUploads: env.SPROUT_PACK_UPLOADS !== 'off',
    timeZone: timeZone(env.SPROUT_TIME_ZONE),
    shutdownGraceMs: Number(env.SPROUT_SHUTDOWN_GRACE_MS || 10_000),
  };
}

/** An IANA zone name the runtime knows; a typo is a configuration error, not UTC by surprise. */
function timeZone(raw: string | undefined): string {
  const zone = raw?.trim() || 'Asia/Shanghai';
  if (!isTimeZone(zone)) throw new Error(`SPROUT_TIME_ZONE: "${zone}" is not a time zone (e.g. Asia/Shanghai)`);
  return zone;
}

/** A comma-separated list of `YYYY-MM-DD` days; anything else in it is a configuration error. */
function days(raw: string | undefined): string[] {
  const list = (raw ?? '')
    .split(',')
    .map((d) => d.trim())
    .filter(Boolean);
  const bad = list.find((d) => !/^\d{4}-\d{2}-\d{2}$/.test(d));
  if (bad) throw new Error(`SPROUT_HOLIDAYS / SPROUT_WORKING_WEEKENDS: "${bad}" is not YYYY-MM-DD`);
  return list;
}
