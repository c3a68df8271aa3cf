import { OpenAPIHono } from '@hono/zod-openapi';
import { deleteCookie } from 'hono/cookie';
import { SESSION_COOKIE } from '../auth/session-middleware.ts';
import { audit } from '../http/audit.ts';
import type { AppEnv } from '../http/context.ts';
import { defineRoute, sessionOf } from '../http/define-route.ts';

/** "Sign out everywhere": for an official who left a session open on a shared office computer. */
export function sessionRoutes() {
  const app = new OpenAPIHono<AppEnv>();

  defineRoute(
    app,
    {
      method: 'post',
      path: '/auth/logout-everywhere',
      summary: 'Sign out everywhere: ends every session of the signed-in official, this one too',
      tag: 'auth',
      auth: 'session',
      responses: { 204: 'every session ended', 401: 'not signed in' },
    },
    async (c) => {
      const session = sessionOf(c);
      await audit(c, 'auth.logout-everywhere', { type: 'user', id: session.user.id });
      await c.get('deps').storage.sessions.deleteForUser(session.user.id);
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.body(null, 204);
    },
  );

  return app;
}
