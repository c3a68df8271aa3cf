import type { DivisionItem, PublishedAppBody } from '@sprout/shared/api';
import { regionPickerRoots } from '@sprout/shared/definition';
import type { Context } from 'hono';
import { runtimePacks } from '../packs/pack-catalog.ts';
import type { PublishedApp, Storage } from '../storage/types.ts';
import type { AppEnv } from './context.ts';
import { notFound, Problem } from './problem.ts';

/** The published app named by `:slug`; 404 when there is none. */
export async function publishedApp(c: Context<AppEnv>): Promise<PublishedApp> {
  const app = await c.get('deps').storage.apps.published(c.req.param('slug') ?? '');
  if (!app) throw notFound();
  return app;
}

/**
 * What residents' pages load: the API's answer, and the JSON the server puts into /a/:slug.
 * Besides the definition: the packs the version pins and the first level of each region picker.
 */
export async function publishedAppBody(storage: Storage, found: PublishedApp): Promise<PublishedAppBody> {
  const [pinned, divisions] = await Promise.all([
    storage.packs.pinned(found.appId, found.version),
    firstDivisionLevels(storage, found),
  ]);
  return {
    app: { slug: found.slug, title: found.title, status: found.status },
    version: found.version,
    definition: found.definition,
    packs: runtimePacks(pinned),
    ...(divisions ? { divisions } : {}),
  };
}

/**
 * What the runtime must do differently changes with this tag: the version, the status, and a
 * block or a trust change of a pinned pack. The published app's ETag and the resident page's
 * `PAGE_VERSION_HEADER`.
 * @example publishedTag(found, body) // '"12-3-published-tu"'
 */
export function publishedTag(found: PublishedApp, body: PublishedAppBody): string {
  const packState = (body.packs ?? []).map((p) => `${p.blocked ? 'b' : ''}${p.trusted ? 't' : 'u'}`).join('');
  return `"${found.appId}-${found.version}-${found.status}${packState ? `-${packState}` : ''}"`;
}

async function firstDivisionLevels(storage: Storage, found: PublishedApp) {
  const roots = regionPickerRoots(found.definition);
  if (roots.length === 0) return undefined;
  const levels = await Promise.all(
    roots.map(async (root): Promise<[string, DivisionItem[]]> => {
      const children = await storage.divisions.children(root || null);
      return [root, children.map(({ code, name, level }) => ({ code, name, level }))];
    }),
  );
  return Object.fromEntries(levels);
}

/** The answer to a write on an archived app. */
export const closed = () =>
  new Problem(410, {
    'zh-CN': '此应用已停止收集，已提交的内容仍然保留',
    en: 'This app no longer accepts submissions; what was sent is kept',
  });
