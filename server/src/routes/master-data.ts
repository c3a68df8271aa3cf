import { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { MasterDataChanged, MasterDataView, NoticeView } from '@sprout/shared/api';
import { audit } from '../http/audit.ts';
import { type AppEnv, hasRole } from '../http/context.ts';
import { defineRoute, idParam, sessionOf } from '../http/define-route.ts';
import { forbidden, notFound } from '../http/problem.ts';

const masterBody = z.object({
  values: z.record(z.string().trim().min(1).max(50), z.union([z.number().finite(), z.string().max(500), z.null()])),
});

/** Org master data (基础数据) read down the tree and edited by the org's own officials; in-app notices. */
export function masterDataRoutes() {
  const app = new OpenAPIHono<AppEnv>();

  defineRoute(
    app,
    {
      method: 'get',
      path: '/orgs/:id/master-data',
      summary: 'An org’s master data (常住人口, 户数…) with the history of every key',
      tag: 'tasks',
      auth: 'session',
      responses: {
        200: { description: 'current values and their history', answer: 'MasterDataView' },
        404: 'not in the caller’s subtree',
      },
    },
    async (c) => {
      const { storage } = c.get('deps');
      const org = await storage.orgs.get(idParam(c, 'id'), c.get('orgScope')!);
      if (!org) throw notFound();
      const current = await storage.masterData.current(org.id);
      const view: MasterDataView = { orgId: org.id, values: {}, history: {} };
      for (const [key, v] of Object.entries(current)) {
        view.values[key] = { value: v.value, at: v.at, source: v.source };
        view.history[key] = (await storage.masterData.history(org.id, key)).map((h) => ({
          value: h.value,
          at: h.at,
          source: h.source,
        }));
      }
      return c.json(view);
    },
  );

  defineRoute(
    app,
    {
      method: 'put',
      path: '/orgs/:id/master-data',
      summary: 'Set master-data values of the caller’s own org (changes kept as history; audited)',
      tag: 'tasks',
      auth: 'session',
      body: masterBody,
      responses: {
        200: { description: 'the keys whose value changed', answer: 'MasterDataChanged' },
        403: 'viewers and other orgs’ officials',
        404: 'not in the caller’s subtree',
      },
    },
    async (c, { body }) => {
      const { storage, clock } = c.get('deps');
      const user = sessionOf(c).user;
      const org = await storage.orgs.get(idParam(c, 'id'), c.get('orgScope')!);
      if (!org) throw notFound();
      // Master data is kept by the org's own officials: a county does not overwrite a village's facts.
      if (org.id !== user.orgId || !hasRole(user, ['builder', 'reviewer'])) throw forbidden();
      const changed = await storage.masterData.set(
        org.id,
        body.values,
        { userId: user.id, source: 'edit' },
        clock.now().toISOString(),
      );
      if (changed.length) await audit(c, 'masterdata.update', { type: 'org', id: org.id, orgId: org.id }, { changed });
      return c.json({ changed } satisfies MasterDataChanged);
    },
  );

  defineRoute(
    app,
    {
      method: 'get',
      path: '/notices',
      summary:
        'In-app notices to the caller’s org (task reminders, security blocks of packs its apps use), newest first',
      tag: 'tasks',
      auth: 'session',
      responses: { 200: { description: 'the caller’s org’s notices', answer: 'NoticeList' } },
    },
    async (c) => {
      const notices = await c.get('deps').storage.notices.list(sessionOf(c).user.orgId);
      const items: NoticeView[] = notices.map(({ orgId: _o, ...n }) => n);
      return c.json({ items });
    },
  );
  return app;
}
