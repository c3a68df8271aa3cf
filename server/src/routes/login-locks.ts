import { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { visibleLocks } from '../auth/visible-locks.ts';
import { audit } from '../http/audit.ts';
import type { AppEnv } from '../http/context.ts';
import { defineRoute, sessionOf } from '../http/define-route.ts';
import { notFound } from '../http/problem.ts';

const lockKey = z.object({ username: z.string().min(1).max(64).nullable(), address: z.string().min(1).max(64) });

/** Sign-in locks: an administrator sees who is locked out, from where, and lifts a lock. */
export function loginLockRoutes() {
  const app = new OpenAPIHono<AppEnv>();

  defineRoute(
    app,
    {
      method: 'get',
      path: '/login-locks',
      summary: 'Sign-in locks in force for officials of the caller’s subtree (system administrators: all)',
      tag: 'auth',
      auth: ['admin'],
      responses: { 200: { description: 'the locks the caller may lift', answer: 'LoginLockList' } },
    },
    async (c) => {
      const { storage, clock } = c.get('deps');
      return c.json({ items: await visibleLocks(storage, sessionOf(c).user, clock.now().getTime()) });
    },
  );

  defineRoute(
    app,
    {
      method: 'post',
      path: '/login-locks/clear',
      summary: 'Lift one sign-in lock (username null: the address’s own lock across usernames)',
      tag: 'auth',
      auth: ['admin'],
      body: lockKey,
      responses: { 204: 'lifted', 404: 'no such lock the caller may see' },
    },
    async (c, { body }) => {
      const { storage, clock } = c.get('deps');
      const visible = await visibleLocks(storage, sessionOf(c).user, clock.now().getTime());
      const lock = visible.find(
        (l) => l.address === body.address && (l.username ?? null) === (body.username?.toLowerCase() ?? null),
      );
      if (!lock) throw notFound();
      await storage.loginLocks.clear(lock.username, lock.address);
      await audit(
        c,
        'auth.lock-cleared',
        { type: 'login-lock', id: `${lock.username ?? '*'}@${lock.address}`, orgId: lock.user?.orgId },
        { username: lock.username, address: lock.address, failures: lock.failures },
      );
      return c.body(null, 204);
    },
  );

  return app;
}
