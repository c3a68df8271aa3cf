import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { z } from 'zod';
import { audit } from '../http/audit.ts';
import type { AppEnv } from '../http/context.ts';
import { defineRoute, idParam, sessionOf } from '../http/define-route.ts';
import { invalid, notFound, Problem } from '../http/problem.ts';
import { orgView, userView } from '../http/views.ts';
import { addTopLevelOrg } from '../orgs/add-top-level-org.ts';
import { moveOrg, type OrgChange, updateOrg } from '../orgs/org-changes.ts';

const topLevel = z.object({
  code: z.string().regex(/^\d{2,12}$/),
  username: z.string().regex(/^[A-Za-z0-9._-]{3,32}$/),
  displayName: z.string().min(1).max(40).optional(),
});
const patch = z
  .object({ name: z.string().trim().min(1).max(40).optional(), disabled: z.boolean().optional() })
  .refine((p) => p.name !== undefined || p.disabled !== undefined, { message: 'name or disabled', path: ['name'] });

/** The changed org, or the problem the change met. */
function changed(result: OrgChange) {
  if (result.ok) return result.org;
  if (result.status === 404 || !result.issue) throw notFound();
  throw invalid([result.issue]);
}

async function requireSystemAdmin(c: Context<AppEnv>): Promise<void> {
  if (!sessionOf(c).user.systemAdmin) {
    throw new Problem(403, {
      'zh-CN': '只有系统管理员可以添加最上级组织',
      en: 'Only a system administrator adds top-level orgs',
    });
  }
}

/** Org administration: more counties in one deployment, rename, move within a subtree, disable. */
export function orgAdminRoutes() {
  const app = new OpenAPIHono<AppEnv>();

  defineRoute(
    app,
    {
      method: 'post',
      path: '/orgs/top-level',
      summary:
        'System administrators: add a top-level org (a county) and its administrator; the password is answered once',
      tag: 'orgs',
      auth: ['admin'],
      body: topLevel,
      responses: {
        201: {
          description: 'the org, its first administrator and their one-time password',
          answer: 'TopLevelOrgCreated',
        },
        403: 'not a system administrator',
        409: 'org or username exists',
      },
    },
    async (c, { body }) => {
      await requireSystemAdmin(c);
      const { storage, clock } = c.get('deps');
      const added = await addTopLevelOrg(storage, { ...body, systemAdmin: false }, clock.now().toISOString());
      if (!added.ok) {
        if (added.status === 409) throw new Problem(409, added.issue.message, [added.issue]);
        throw invalid([added.issue]);
      }
      await audit(
        c,
        'org.create-top-level',
        // Kept in the acting administrator's log: the new county's own log starts empty.
        { type: 'org', id: added.org.id },
        { code: added.org.code, admin: added.user.username },
      );
      return c.json(
        { org: orgView(added.org), user: await userView(storage, added.user), password: added.password },
        201,
      );
    },
  );

  defineRoute(
    app,
    {
      method: 'patch',
      path: '/orgs/:id',
      summary: 'Rename, disable or enable an org of the caller’s subtree (its officials cannot sign in while disabled)',
      tag: 'orgs',
      auth: ['admin'],
      body: patch,
      responses: {
        200: { description: 'the org', answer: 'OrgView' },
        404: 'not in the caller’s subtree',
        422: 'the caller’s own org cannot be disabled',
      },
    },
    async (c, { body }) => {
      const { storage } = c.get('deps');
      const before = await storage.orgs.get(idParam(c, 'id'), c.get('orgScope')!);
      const org = changed(await updateOrg(storage, c.get('orgScope')!, idParam(c, 'id'), body));
      const detail = { from: { name: before?.name, disabled: before?.disabled }, to: body };
      await audit(c, 'org.update', { type: 'org', id: org.id, orgId: org.id }, detail);
      return c.json(orgView(org));
    },
  );

  defineRoute(
    app,
    {
      method: 'post',
      path: '/orgs/:id/move',
      summary: 'Move an org with its subtree under another org, both within the caller’s subtree',
      tag: 'orgs',
      auth: ['admin'],
      body: z.object({ parentId: z.number().int() }),
      responses: {
        200: { description: 'the org', answer: 'OrgView' },
        404: 'not in the caller’s subtree',
        422: 'bad parent, own org, or below itself',
      },
    },
    async (c, { body }) => {
      const { storage } = c.get('deps');
      const before = await storage.orgs.get(idParam(c, 'id'), c.get('orgScope')!);
      const org = changed(await moveOrg(storage, c.get('orgScope')!, idParam(c, 'id'), body.parentId));
      const detail = { fromParentId: before?.parentId, toParentId: body.parentId };
      await audit(c, 'org.move', { type: 'org', id: org.id, orgId: org.id }, detail);
      return c.json(orgView(org));
    },
  );

  return app;
}
