import { OpenAPIHono } from '@hono/zod-openapi';
import type { PackUpgradeResult } from '@sprout/shared/api';
import { applyPropMigrations, diffPacks } from '@sprout/shared/catalog/pack';
import type { Context } from 'hono';
import { z } from 'zod';
import { audit } from '../http/audit.ts';
import type { AppEnv } from '../http/context.ts';
import { defineRoute } from '../http/define-route.ts';
import { invalid, Problem } from '../http/problem.ts';
import { catalogOf, packsForApp, packsForOrg, preferred } from '../packs/pack-catalog.ts';
import { scopedApp } from '../http/app-lookup.ts';
import { validDefinition } from '../http/valid-definition.ts';

const upgradeBody = z.object({ name: z.string().min(1).max(140), version: z.string().min(1).max(60) });

/** The builder's explicit upgrade of a pack in one app's draft: prop migrations applied, the choice recorded. */
export function packUpgradeRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  defineRoute(
    app,
    {
      method: 'post',
      path: '/apps/:id/pack-upgrades',
      summary: 'Upgrade one pack in the draft to a newer approved version (prop migrations applied; audited)',
      tag: 'catalog',
      auth: ['builder'],
      body: upgradeBody,
      responses: {
        200: { description: 'the draft’s new revision and what changed', answer: 'PackUpgradeResult' },
        404: 'not in the caller’s subtree',
        409: 'the draft changed meanwhile',
        422: 'no such approved version, or the draft does not fit it (paths named)',
      },
    },
    upgradePack,
  );
  return app;
}

async function upgradePack(c: Context<AppEnv>, { body }: { body: z.infer<typeof upgradeBody> }): Promise<Response> {
  const { storage, clock } = c.get('deps');
  const found = await scopedApp(c);
  const en = c.get('locale') === 'en';
  const target = (await packsForOrg(storage.packs, found.orgId)).find(
    (p) => p.name === body.name && p.version === body.version,
  );
  if (!target)
    throw invalid([
      { path: 'version', message: en ? 'Not an approved version for this app' : '该版本未对本应用所在单位上架' },
    ]);
  const current = (await packsForApp(storage.packs, found)).find((p) => p.name === body.name);
  const diff = current ? diffPacks(current.manifest, target.manifest) : undefined;
  const draft = validDefinition(
    c,
    applyPropMigrations(found.draft, diff?.migrations ?? []),
    catalogOf(preferred([target], await packsForApp(storage.packs, found))),
  );
  const revision = await storage.apps.saveDraft(found.id, draft, found.revision, clock.now().toISOString());
  if (revision === 'conflict')
    throw new Problem(409, {
      'zh-CN': '草稿已被他人修改，请刷新后再升级',
      en: 'The draft changed; reload and upgrade again',
    });
  await storage.packs.choose(found.id, target.id);
  const detail = { name: target.name, from: current?.version ?? null, to: target.version };
  await audit(c, 'app.pack-upgrade', { type: 'app', id: found.id, orgId: found.orgId }, detail);
  // No earlier version in use: nothing to compare, and the wire says so with null.
  return c.json({ revision, diff: diff ?? null } satisfies PackUpgradeResult);
}
