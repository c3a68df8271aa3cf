import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { audit } from '../http/audit.ts';
import type { AppEnv } from '../http/context.ts';
import { defineRoute, sessionOf } from '../http/define-route.ts';
import { invalid, notFound, Problem } from '../http/problem.ts';
import { catalogOf, packsForOrg, preferred, previousPins } from '../packs/pack-catalog.ts';
import { pinsForPublish } from '../packs/pins-for-publish.ts';
import type { PackRecord } from '../storage/pack-types.ts';
import type { AppRecord } from '../storage/types.ts';
import { scopedApp } from '../http/app-lookup.ts';
import { trackStatsFields } from '../stats/track-stats-fields.ts';
import { publishableDefinition } from '../http/valid-definition.ts';
import { type AppDefinition, renamedKeys } from '@sprout/shared/definition';

/** The pack versions the draft will pin; a type no approved pack provides is refused with its path. */
async function choosePins(c: Context<AppEnv>, app: AppRecord): Promise<PackRecord[]> {
  const { packs } = c.get('deps').storage;
  // An explicit upgrade in the builder wins; otherwise the version pinned before stays.
  const previous = preferred(await packs.chosen(app.id), await previousPins(packs, app));
  const chosen = pinsForPublish(app.draft, await packsForOrg(packs, app.orgId), previous, c.get('locale'));
  if (!chosen.ok) throw invalid(chosen.issues);
  return chosen.pins;
}

/** Refuses a draft that changed the key of a question a published version stored answers under. */
async function keepPublishedKeys(c: Context<AppEnv>, app: AppRecord, draft: AppDefinition): Promise<void> {
  const versions = await c.get('deps').storage.apps.versions(app.id);
  const newestFirst = [...versions].sort((a, b) => b.version - a.version).map((v) => v.definition);
  const renamed = renamedKeys(newestFirst, draft);
  if (renamed.length === 0) return;
  throw invalid(
    renamed.map(({ path, name, published }) => ({
      path,
      message: `已发布的版本用“${published}”保存了群众的回答，数据字段名不能改成“${name}” (published versions store answers under ${published}; the key cannot become ${name})`,
    })),
  );
}

/** Publish, versions, close / reopen and delete: the app's life after its first draft. */
export function appLifecycleRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  defineRoute(
    app,
    {
      method: 'post',
      path: '/apps/:id/publish',
      summary: 'Freeze the draft as the next numbered version',
      tag: 'apps',
      auth: ['builder'],
      responses: {
        201: '{ version, slug, url, packs: [{ name, version, sha256 }] }',
        404: 'not in the caller’s subtree',
        422: 'the draft is invalid, collects L4 fields without consent text (`settings.consentText`), or changed the key of a question a published version has (path of its `name`)',
      },
    },
    async (c) => {
      const { storage, clock } = c.get('deps');
      const found = await scopedApp(c);
      const pins = await choosePins(c, found);
      const definition = publishableDefinition(c, found.draft, catalogOf(pins));
      await keepPublishedKeys(c, found, definition);
      const version = await storage.apps.publish(
        found.id,
        definition,
        sessionOf(c).user.id,
        clock.now().toISOString(),
        pins.map((p) => p.id),
      );
      await trackStatsFields(storage, found.id, definition, catalogOf(pins));
      const packs = pins.map((p) => ({ name: p.name, version: p.version, sha256: p.sha256 }));
      await audit(c, 'app.publish', { type: 'app', id: found.id, orgId: found.orgId }, { version, packs });
      return c.json({ version, slug: found.slug, url: `/a/${found.slug}`, packs }, 201);
    },
  );

  defineRoute(
    app,
    {
      method: 'get',
      path: '/apps/:id/versions',
      summary: 'Published versions, newest first',
      tag: 'apps',
      auth: 'session',
      responses: { 200: '{ items }', 404: 'not in the caller’s subtree' },
    },
    async (c) => {
      const found = await scopedApp(c);
      const versions = await c.get('deps').storage.apps.versions(found.id);
      return c.json({
        items: versions.map(({ version, publishedAt, publishedBy }) => ({ version, publishedAt, publishedBy })),
      });
    },
  );

  defineRoute(
    app,
    {
      method: 'get',
      path: '/apps/:id/versions/:version',
      summary: 'One published version',
      tag: 'apps',
      auth: 'session',
      responses: { 200: '{ version, definition, publishedAt }', 404: 'no such version' },
    },
    async (c) => {
      const found = await scopedApp(c);
      const v = await c.get('deps').storage.apps.version(found.id, Number(c.req.param('version')));
      if (!v) throw notFound();
      return c.json({
        version: v.version,
        definition: v.definition,
        publishedAt: v.publishedAt,
        publishedBy: v.publishedBy,
      });
    },
  );

  for (const [action, status, summary] of [
    ['close', 'closed', 'Stop accepting submissions (data kept)'],
    ['reopen', 'published', 'Accept submissions again'],
    [
      'archive',
      'archived',
      'Archive: closed and put away, submissions kept (an app with submissions cannot be deleted)',
    ],
    ['unarchive', 'closed', 'Take an app out of the archive (it stays closed until reopened)'],
  ] as const) {
    defineRoute(
      app,
      {
        method: 'post',
        path: `/apps/:id/${action}`,
        summary,
        tag: 'apps',
        auth: ['builder'],
        responses: { 200: 'AppSummary', 404: 'not in the caller’s subtree', 409: 'never published' },
      },
      async (c) => {
        const { storage, clock } = c.get('deps');
        const found = await scopedApp(c);
        if (found.publishedVersion === null) {
          throw new Problem(409, { 'zh-CN': '应用尚未发布', en: 'The app has not been published' });
        }
        await storage.apps.setStatus(found.id, status, clock.now().toISOString());
        await audit(c, `app.${action}`, { type: 'app', id: found.id, orgId: found.orgId });
        return c.json({ ...(await scopedApp(c)), draft: undefined });
      },
    );
  }

  defineRoute(
    app,
    {
      method: 'delete',
      path: '/apps/:id',
      summary: 'Delete an app without submissions (audited); one with submissions is archived instead',
      tag: 'apps',
      auth: ['builder'],
      responses: { 204: 'deleted', 404: 'not in the caller’s subtree', 409: 'it has submissions: archive it' },
    },
    async (c) => {
      const { storage, clock } = c.get('deps');
      const found = await scopedApp(c);
      // Residents' submissions are records the org must keep: they are never deleted with an app.
      if (found.submissionCount > 0) {
        throw new Problem(409, {
          'zh-CN': `此应用已有 ${found.submissionCount} 份填报，不能删除，请改为归档`,
          en: `This app has ${found.submissionCount} submissions and cannot be deleted; archive it instead`,
        });
      }
      await storage.apps.softDelete(found.id, clock.now().toISOString());
      await audit(c, 'app.delete', { type: 'app', id: found.id, orgId: found.orgId }, { title: found.title });
      return c.body(null, 204);
    },
  );
  return app;
}
