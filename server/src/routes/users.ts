import { OpenAPIHono } from '@hono/zod-openapi';
import type { Items, PasswordReset, UserCreated, UserView } from '@sprout/shared/api';
import { z } from 'zod';
import { generatePassword, hashPassword } from '../auth/password.ts';
import { audit } from '../http/audit.ts';
import type { AppEnv } from '../http/context.ts';
import { defineRoute, idParam } from '../http/define-route.ts';
import { invalid, notFound, Problem } from '../http/problem.ts';
import { userView } from '../http/views.ts';
import { CAPABILITIES, type Capability, ROLES, type Role } from '../storage/types.ts';

const roles = z.array(z.enum(ROLES as [Role, ...Role[]])).min(1);
/** Grants on top of roles, e.g. `["sensitive:read"]` for a reviewer who must see ID numbers. */
const capabilities = z.array(z.enum(CAPABILITIES as [Capability, ...Capability[]])).max(CAPABILITIES.length);
const newUser = z.object({
  username: z.string().regex(/^[A-Za-z0-9._-]{3,32}$/),
  displayName: z.string().min(1).max(40),
  orgId: z.number().int(),
  roles,
  capabilities: capabilities.optional(),
  password: z.string().min(8).max(200).optional(),
});
const patch = z.object({
  displayName: z.string().min(1).max(40).optional(),
  roles: roles.optional(),
  capabilities: capabilities.optional(),
  disabled: z.boolean().optional(),
});

export function userRoutes() {
  const app = new OpenAPIHono<AppEnv>();

  defineRoute(
    app,
    {
      method: 'get',
      path: '/users',
      summary: 'Users of the caller’s subtree',
      tag: 'users',
      auth: ['admin'],
      responses: { 200: { description: 'the officials in the caller’s subtree', answer: 'UserList' } },
    },
    async (c) => {
      const { storage } = c.get('deps');
      const users = await storage.users.list(c.get('orgScope')!);
      return c.json({ items: await Promise.all(users.map((u) => userView(storage, u))) } satisfies Items<UserView>);
    },
  );

  defineRoute(
    app,
    {
      method: 'post',
      path: '/users',
      summary: 'Create a user; the initial password is answered once',
      tag: 'users',
      auth: ['admin'],
      body: newUser,
      responses: {
        201: { description: 'the official and the one-time password', answer: 'UserCreated' },
        409: 'username taken',
        422: 'bad fields',
      },
    },
    async (c, { body }) => {
      const { storage, clock } = c.get('deps');
      const org = await storage.orgs.get(body.orgId, c.get('orgScope')!);
      if (!org) throw invalid([{ path: 'orgId', message: c.get('locale') === 'en' ? 'No such org' : '组织不存在' }]);
      if (await storage.users.byUsername(body.username)) {
        throw new Problem(409, { 'zh-CN': '用户名已被使用', en: 'This username is taken' });
      }
      const password = body.password ?? generatePassword();
      const user = await storage.users.create(
        {
          username: body.username,
          displayName: body.displayName,
          orgId: org.id,
          roles: body.roles,
          capabilities: body.capabilities ?? [],
          passwordHash: await hashPassword(password),
          mustChangePassword: true,
        },
        clock.now().toISOString(),
      );
      await audit(
        c,
        'user.create',
        { type: 'user', id: user.id, orgId: org.id },
        { username: user.username, roles: user.roles, capabilities: user.capabilities },
      );
      return c.json({ user: await userView(storage, user), password } satisfies UserCreated, 201);
    },
  );

  defineRoute(
    app,
    {
      method: 'patch',
      path: '/users/:id',
      summary: 'Rename, change roles or grants (sensitive:read), disable or enable a user',
      tag: 'users',
      auth: ['admin'],
      body: patch,
      responses: { 200: { description: 'the official', answer: 'UserView' }, 404: 'not in the caller’s subtree' },
    },
    async (c, { body }) => {
      const { storage, clock } = c.get('deps');
      const user = await storage.users.get(idParam(c, 'id'), c.get('orgScope')!);
      if (!user) throw notFound();
      await storage.users.update(user.id, body, clock.now().toISOString());
      if (body.disabled) await storage.sessions.deleteForUser(user.id);
      await audit(c, 'user.update', { type: 'user', id: user.id, orgId: user.orgId }, body);
      return c.json(await userView(storage, (await storage.users.get(user.id))!));
    },
  );

  defineRoute(
    app,
    {
      method: 'post',
      path: '/users/:id/reset-password',
      summary: 'Set a new password (generated when none is given), answered once; the user’s sessions end',
      tag: 'users',
      auth: ['admin'],
      body: z.object({ password: z.string().min(8).max(200).optional() }),
      responses: {
        200: { description: 'the new one-time password', answer: 'PasswordReset' },
        404: 'not in the caller’s subtree',
      },
    },
    async (c, { body }) => {
      const { storage, clock } = c.get('deps');
      const user = await storage.users.get(idParam(c, 'id'), c.get('orgScope')!);
      if (!user) throw notFound();
      const password = body.password ?? generatePassword();
      await storage.users.setPassword(user.id, await hashPassword(password), clock.now().toISOString(), {
        mustChange: true,
      });
      await storage.sessions.deleteForUser(user.id);
      await audit(c, 'user.reset-password', { type: 'user', id: user.id, orgId: user.orgId });
      return c.json({ password } satisfies PasswordReset);
    },
  );

  return app;
}
