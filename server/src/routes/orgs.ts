import { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { audit } from '../http/audit.ts';
import type { AppEnv } from '../http/context.ts';
import { defineRoute, idParam, sessionOf } from '../http/define-route.ts';
import { invalid, notFound, Problem } from '../http/problem.ts';
import { orgView } from '../http/views.ts';

export function orgRoutes() {
  const app = new OpenAPIHono<AppEnv>();

  defineRoute(
    app,
    {
      method: 'get',
      path: '/orgs',
      summary: 'The caller’s org and its descendants',
      tag: 'orgs',
      auth: 'session',
      responses: { 200: { description: 'the caller’s subtree', answer: 'OrgList' } },
    },
    async (c) => {
      const items = await c.get('deps').storage.orgs.subtree(c.get('orgScope')!);
      return c.json({ items: items.map(orgView) });
    },
  );

  defineRoute(
    app,
    {
      method: 'post',
      path: '/orgs',
      summary: 'Create a child org for a division directly below the parent’s',
      tag: 'orgs',
      auth: ['admin'],
      body: z.object({ parentId: z.number().int(), code: z.string().regex(/^\d{2,12}$/) }),
      responses: {
        201: { description: 'the org', answer: 'OrgView' },
        409: 'an org has this code',
        422: 'bad parent or code',
      },
    },
    async (c, { body }) => {
      const { storage } = c.get('deps');
      const en = c.get('locale') === 'en';
      const parent = await storage.orgs.get(body.parentId, c.get('orgScope')!);
      if (!parent) throw invalid([{ path: 'parentId', message: en ? 'No such org' : '上级组织不存在' }]);
      if (parent.disabled) {
        throw invalid([{ path: 'parentId', message: en ? 'The parent org is disabled' : '上级组织已停用' }]);
      }
      const division = await storage.divisions.get(body.code);
      if (!division || division.parentCode !== parent.code) {
        const message = en ? `Not a division directly below ${parent.name}` : `不是${parent.name}的直接下级区划`;
        throw invalid([{ path: 'code', message }]);
      }
      if (await storage.orgs.byCode(body.code)) {
        throw new Problem(409, { 'zh-CN': '该区划已有组织', en: 'An org already exists for this division' });
      }
      const org = await storage.orgs.create({
        parentId: parent.id,
        name: division.name,
        code: division.code,
        level: division.level,
      });
      await audit(
        c,
        'org.create',
        { type: 'org', id: org.id, orgId: org.id },
        { code: org.code, by: sessionOf(c).user.username },
      );
      return c.json(orgView(org), 201);
    },
  );

  defineRoute(
    app,
    {
      method: 'get',
      path: '/orgs/:id',
      summary: 'One org of the caller’s subtree',
      tag: 'orgs',
      auth: 'session',
      responses: { 200: { description: 'the org', answer: 'OrgView' }, 404: 'not in the caller’s subtree' },
    },
    async (c) => {
      const org = await c.get('deps').storage.orgs.get(idParam(c, 'id'), c.get('orgScope')!);
      if (!org) throw notFound();
      return c.json(orgView(org));
    },
  );

  return app;
}
