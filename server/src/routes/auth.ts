import { OpenAPIHono } from '@hono/zod-openapi';
import type { SignedIn } from '@sprout/shared/api';
import { deleteCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { SESSION_COOKIE } from '../auth/session-middleware.ts';
import { dummyHash, hashPassword, verifyPassword } from '../auth/password.ts';
import { hashToken, randomToken } from '../auth/tokens.ts';
import { audit } from '../http/audit.ts';
import type { AppEnv } from '../http/context.ts';
import { defineRoute, sessionOf } from '../http/define-route.ts';
import { invalid, Problem } from '../http/problem.ts';
import { userView } from '../http/views.ts';

const credentials = z.object({ username: z.string().min(1).max(64), password: z.string().min(1).max(200) });
const passwordChange = z.object({ oldPassword: z.string().min(1), newPassword: z.string().min(8).max(200) });
const lockedOut = (retryAfter: number) =>
  new Problem(
    429,
    { 'zh-CN': '登录失败次数过多，请稍后再试', en: 'Too many failed sign-ins; try again later' },
    undefined,
    {
      'Retry-After': String(retryAfter),
    },
  );
const wrongCredentials = () => new Problem(401, { 'zh-CN': '用户名或密码不正确', en: 'Wrong username or password' });

export function authRoutes() {
  const app = new OpenAPIHono<AppEnv>();

  defineRoute(
    app,
    {
      method: 'post',
      path: '/auth/login',
      summary: 'Sign in; sets the session cookie and answers the CSRF token',
      tag: 'auth',
      auth: 'public',
      body: credentials,
      responses: {
        200: { description: 'the official and the CSRF token', answer: 'SignedIn' },
        401: 'wrong credentials',
        429: 'locked out for a while',
      },
    },
    async (c, { body }) => {
      const deps = c.get('deps');
      const { storage, clock, loginPolicy: policy } = deps;
      const now = clock.now().getTime();
      const address = c.get('ip') ?? 'unknown';
      // Counted before the password is checked: parallel guesses cannot all pass the check first.
      const attempt = await storage.loginLocks.begin(body.username, address, policy, now);
      if (!attempt.allowed) throw lockedOut(Math.ceil(attempt.retryAfterMs / 1000));
      const user = await storage.users.byUsername(body.username);
      const matches = await verifyPassword(body.password, user?.passwordHash ?? (await dummyHash()));
      const org = user ? await storage.orgs.get(user.orgId) : undefined;
      if (!user || !matches || user.disabled || org?.disabled) {
        await audit(c, 'auth.login-failed', { type: 'user', id: body.username.toLowerCase(), orgId: user?.orgId });
        if (attempt.lockedUntil !== null) throw lockedOut(Math.ceil((attempt.lockedUntil - now) / 1000));
        throw wrongCredentials();
      }
      await storage.loginLocks.succeeded(body.username, address, policy);
      const token = randomToken();
      const csrfToken = randomToken(24);
      const at = new Date(now).toISOString();
      await storage.sessions.create({
        id: hashToken(token),
        userId: user.id,
        csrfToken,
        createdAt: at,
        lastSeenAt: at,
      });
      setCookie(c, SESSION_COOKIE, token, {
        httpOnly: true,
        sameSite: 'Lax',
        secure: deps.secureCookies || c.get('scheme') === 'https',
        path: '/',
        maxAge: Math.floor(deps.absoluteMs / 1000),
      });
      c.set('session', { id: hashToken(token), user, csrfToken });
      await audit(c, 'auth.login', { type: 'user', id: user.id, orgId: user.orgId });
      return c.json({ user: await userView(storage, user), csrfToken } satisfies SignedIn);
    },
  );

  defineRoute(
    app,
    {
      method: 'post',
      path: '/auth/logout',
      summary: 'Sign out: ends the session',
      tag: 'auth',
      auth: 'session',
      beforePasswordChange: true,
      responses: { 204: 'signed out', 401: 'not signed in' },
    },
    async (c) => {
      const session = sessionOf(c);
      await c.get('deps').storage.sessions.delete(session.id);
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      await audit(c, 'auth.logout', { type: 'user', id: session.user.id });
      return c.body(null, 204);
    },
  );

  defineRoute(
    app,
    {
      method: 'get',
      path: '/auth/me',
      summary: 'The signed-in official and the CSRF token',
      tag: 'auth',
      auth: 'session',
      beforePasswordChange: true,
      responses: { 200: { description: 'the official and the CSRF token', answer: 'SignedIn' }, 401: 'not signed in' },
    },
    async (c) => {
      const session = sessionOf(c);
      const me: SignedIn = { user: await userView(c.get('deps').storage, session.user), csrfToken: session.csrfToken };
      return c.json(me);
    },
  );

  defineRoute(
    app,
    {
      method: 'post',
      path: '/auth/password',
      summary: 'Change one’s own password; other sessions end',
      tag: 'auth',
      auth: 'session',
      beforePasswordChange: true,
      body: passwordChange,
      responses: { 204: 'changed', 422: 'old password wrong or new one too short' },
    },
    async (c, { body }) => {
      const { storage, clock } = c.get('deps');
      const session = sessionOf(c);
      const stored = await storage.users.passwordHash(session.user.id);
      if (!stored || !(await verifyPassword(body.oldPassword, stored))) {
        throw invalid([{ path: 'oldPassword', message: c.get('locale') === 'en' ? 'Wrong password' : '原密码不正确' }]);
      }
      await storage.users.setPassword(session.user.id, await hashPassword(body.newPassword), clock.now().toISOString());
      await storage.sessions.deleteForUser(session.user.id);
      await storage.sessions.create({
        id: session.id,
        userId: session.user.id,
        csrfToken: session.csrfToken,
        createdAt: clock.now().toISOString(),
        lastSeenAt: clock.now().toISOString(),
      });
      await audit(c, 'auth.password-changed', { type: 'user', id: session.user.id });
      return c.body(null, 204);
    },
  );

  return app;
}
