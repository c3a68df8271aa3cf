import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppSummary, DraftSaved, Items } from '@sprout/shared/api';
import { z } from 'zod';
import { createBlankDefinition } from '@sprout/shared/definition';
import { slugToken } from '../auth/tokens.ts';
import { audit } from '../http/audit.ts';
import type { AppEnv } from '../http/context.ts';
import { defineRoute, sessionOf } from '../http/define-route.ts';
import { invalid, Problem } from '../http/problem.ts';
import { chinaDayStart } from '../http/views.ts';
import { catalogForOrg, catalogOf, packsForApp } from '../packs/pack-catalog.ts';
import { scopedApp } from '../http/app-lookup.ts';
import { validDefinition } from '../http/valid-definition.ts';

/** Definitions are checked by shared's validator, which reports every path; zod here only bounds the shape. */
const definition = z.record(z.string(), z.unknown());

export function appRoutes() {
  const app = new OpenAPIHono<AppEnv>();

  defineRoute(
    app,
    {
      method: 'get',
      path: '/apps',
      summary: 'Apps of the caller’s subtree',
      tag: 'apps',
      auth: 'session',
      responses: { 200: { description: 'the apps in the caller’s subtree', answer: 'AppList' } },
    },
    async (c) => {
      const { storage, clock } = c.get('deps');
      return c.json({
        items: await storage.apps.list(c.get('orgScope')!, chinaDayStart(clock.now())),
      } satisfies Items<AppSummary>);
    },
  );

  defineRoute(
    app,
    {
      method: 'post',
      path: '/apps',
      summary: 'Create an app (a blank definition when none is given)',
      tag: 'apps',
      auth: ['builder'],
      body: z.object({
        title: z.string().min(1).max(100),
        orgId: z.number().int().optional(),
        definition: definition.optional(),
      }),
      responses: {
        201: { description: 'the new app with its draft', answer: 'AppDetail' },
        422: 'bad org or invalid definition',
      },
    },
    async (c, { body }) => {
      const { storage, clock } = c.get('deps');
      const user = sessionOf(c).user;
      const org = await storage.orgs.get(body.orgId ?? user.orgId, c.get('orgScope')!);
      if (!org) throw invalid([{ path: 'orgId', message: c.get('locale') === 'en' ? 'No such org' : '组织不存在' }]);
      const catalog = await catalogForOrg(storage.packs, org.id);
      const draft = body.definition ? validDefinition(c, body.definition, catalog) : createBlankDefinition(body.title);
      const created = await storage.apps.create({
        orgId: org.id,
        slug: slugToken(),
        title: body.title,
        draft,
        createdBy: user.id,
        now: clock.now().toISOString(),
      });
      await audit(c, 'app.create', { type: 'app', id: created.id, orgId: org.id }, { title: body.title });
      return c.json(created, 201);
    },
  );

  defineRoute(
    app,
    {
      method: 'get',
      path: '/apps/:id',
      summary: 'An app with its draft and revision',
      tag: 'apps',
      auth: 'session',
      responses: {
        200: { description: 'the app with its draft', answer: 'AppDetail' },
        404: 'not in the caller’s subtree',
      },
    },
    async (c) => c.json(await scopedApp(c)),
  );

  defineRoute(
    app,
    {
      method: 'put',
      path: '/apps/:id/draft',
      summary: 'Save the draft; `revision` must be the current one',
      tag: 'apps',
      auth: ['builder'],
      body: z.object({ definition, revision: z.number().int() }),
      responses: {
        200: { description: 'the revision the next save names', answer: 'DraftSaved' },
        404: 'not in the caller’s subtree',
        409: 'someone saved first',
        422: 'invalid definition, every path listed',
      },
    },
    async (c, { body }) => {
      const { storage, clock } = c.get('deps');
      const found = await scopedApp(c);
      const draft = validDefinition(c, body.definition, catalogOf(await packsForApp(storage.packs, found)));
      const revision = await storage.apps.saveDraft(found.id, draft, body.revision, clock.now().toISOString());
      if (revision === 'conflict') {
        throw new Problem(409, {
          'zh-CN': '草稿已被他人修改，请刷新后再保存',
          en: 'The draft changed since you loaded it; reload before saving',
        });
      }
      await audit(c, 'app.save-draft', { type: 'app', id: found.id, orgId: found.orgId }, { revision });
      return c.json({ revision } satisfies DraftSaved);
    },
  );

  return app;
}
