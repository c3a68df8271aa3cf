import type { Locale } from '@sprout/shared/i18n';
import type { WorkCalendar } from '@sprout/shared/review';
import type { LoginOptions } from '../auth/login-policy.ts';
import type { Lifecycle } from '../lifecycle/readiness.ts';
import type { Logger } from '../logging/logger.ts';
import type { TrustProxy } from './client-origin.ts';
import type { RateLimits } from './rate-limit-policy.ts';
import type { ResultCodeService } from '../result-codes/service.ts';
import type { ReminderSender } from '../tasks/reminders.ts';
import type { Capability, LoginPolicy, OrgScope, Role, Storage, User } from '../storage/types.ts';
import type { UploadQuotas } from '../uploads/upload-quota.ts';

/** Where the built front ends are (see `ServerConfig.dist`); a part not given is answered "not built". */
export interface FrontEndFiles {
  editor?: string;
  runtime?: string;
  /** The runtime's server-render module; without it resident pages render in the browser only. */
  residentRender?: string;
}

/** Where "now" comes from, so tests can move time (session expiry, lockout) without waiting. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export interface AppOptions {
  storage: Storage;
  clock?: Clock;
  /** Folders of the built front ends; a missing one answers a 503 telling to build. */
  dist?: FrontEndFiles;
  /** Secure cookies: on behind https. */
  secureCookies?: boolean;
  session?: { idleMinutes?: number; absoluteHours?: number };
  login?: LoginOptions;
  /** Internal hosts the trust list may fetch a JWKS from anyway (SPROUT_TRUST_FETCH_ALLOW). */
  trustFetchAllow?: readonly string[];
  /** Token buckets of the anonymous writes; `DEFAULT_RATE_LIMITS` when absent. */
  rateLimits?: Partial<RateLimits>;
  /** Take the client's address and scheme from X-Forwarded-* of this proxy (see `client-origin.ts`); off by default. */
  trustProxy?: TrustProxy;
  /** Keys and secret of signed result codes; a temporary set when absent (unit tests). */
  resultCodes?: ResultCodeService;
  /** Review time limits skip these `YYYY-MM-DD` holidays and count these make-up working days. */
  workCalendar?: { holidays?: string[]; workingWeekends?: string[] };
  /** Whether vendors and admins may upload component packs (SPROUT_PACK_UPLOADS=off says no); on by default. */
  packUploads?: boolean;
  /** Relays task reminders (SMS, work chat) besides the in-app notice; logs them when absent. */
  reminderSender?: ReminderSender;
  /** Daily caps on residents' uploads (per address, per app); generous defaults. */
  uploadQuotas?: Partial<UploadQuotas>;
  /** The IANA zone exports write times in; Beijing time unless the deployment says otherwise. */
  timeZone?: string;
  /** The deployment's offset from UTC in minutes; 480 (Beijing time) when absent. */
  utcOffsetMinutes?: number;
  /** One JSON line per request and the errors; silent when absent (tests). */
  logger?: Logger;
  /** Whether the node is shutting down (the readiness probe answers 503 then); always running when absent. */
  lifecycle?: Lifecycle;
}

/** What middleware resolves once per request, typed on hono's context. */
export interface SessionInfo {
  id: string;
  user: User;
  csrfToken: string;
}

export interface Deps {
  storage: Storage;
  clock: Clock;
  secureCookies: boolean;
  idleMs: number;
  absoluteMs: number;
  loginPolicy: LoginPolicy;
  rateLimits: RateLimits;
  trustFetchAllow: readonly string[];
  resultCodes: ResultCodeService;
  workCalendar: WorkCalendar;
  packUploads: boolean;
  reminderSender: ReminderSender;
  uploadQuotas: UploadQuotas;
  timeZone: string;
  /** The deployment's offset from UTC in minutes (Beijing time, 480, unless configured): "today" in formulas. */
  utcOffsetMinutes: number;
  logger: Logger;
  lifecycle: Lifecycle;
}

export type AppEnv = {
  Variables: {
    deps: Deps;
    locale: Locale;
    session: SessionInfo | null;
    orgScope: OrgScope | null;
    ip: string | null;
    /** The scheme the client used (a trusted proxy's X-Forwarded-Proto, else the request's). */
    scheme: 'http' | 'https';
    /** The request's id: the proxy's `X-Request-Id` when usable, else a fresh one (see `request-log.ts`). */
    requestId: string;
  };
};

export function hasRole(user: User, roles: readonly Role[]): boolean {
  return user.roles.includes('admin') || roles.some((r) => user.roles.includes(r));
}

/** Whether a user holds a capability: admins hold every one, others when it was granted to them. */
export function hasCapability(user: User, capability: Capability): boolean {
  return user.roles.includes('admin') || user.capabilities.includes(capability);
}
