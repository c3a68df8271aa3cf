import type { Context, MiddlewareHandler, Next } from 'hono';
import { parse } from 'hono/utils/cookie';
import type { AppEnv } from '../http/context.ts';
import { requestHeader } from '../http/node-request.ts';
import { Problem } from '../http/problem.ts';
import { hashToken } from './tokens.ts';

export const SESSION_COOKIE = 'sprout_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Officials' writes must echo the session's CSRF token; public routes rely on SameSite. */
export function checkCsrf(method: string, header: string | undefined, expected: string): void {
  if (!SAFE_METHODS.has(method) && header !== expected) {
    throw new Problem(403, { 'zh-CN': '页面已过期，请刷新后重试（CSRF）', en: 'Missing or wrong X-CSRF-Token header' });
  }
}

/**
 * Resolves the session cookie into `session` and `orgScope`, expiring idle and old
 * sessions. The route guard then checks roles and the CSRF header.
 */
export const sessionMiddleware: MiddlewareHandler<AppEnv> = (c, next) => {
  c.set('session', null);
  c.set('orgScope', null);
  const cookies = requestHeader(c, 'cookie');
  const token = cookies ? parse(cookies, SESSION_COOKIE)[SESSION_COOKIE] : undefined;
  // No session cookie (residents, health checks): nothing to look up, no step of its own.
  return token ? resolveSession(c, token, next) : next();
};

async function resolveSession(c: Context<AppEnv>, token: string, next: Next): Promise<void> {
  const { storage, clock, idleMs, absoluteMs } = c.get('deps');
  const id = hashToken(token);
  const session = await storage.sessions.get(id);
  const now = clock.now().getTime();
  const alive =
    session && now - Date.parse(session.lastSeenAt) < idleMs && now - Date.parse(session.createdAt) < absoluteMs;
  const user = alive ? await storage.users.get(session.userId) : undefined;
  const org = user ? await storage.orgs.get(user.orgId) : undefined;
  if (session && (!alive || !user || user.disabled || org?.disabled)) await storage.sessions.delete(id);
  else if (session && user) {
    // Touch at most once a minute: a write per request would serialise reads behind fsyncs.
    if (now - Date.parse(session.lastSeenAt) > 60_000) await storage.sessions.touch(id, new Date(now).toISOString());
    c.set('session', { id, user, csrfToken: session.csrfToken });
    c.set('orgScope', { orgId: user.orgId });
  }
  await next();
}
