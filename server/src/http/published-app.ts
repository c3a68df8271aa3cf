import type { Context } from 'hono';
import type { PublishedApp } from '../storage/types.ts';
import type { AppEnv } from './context.ts';
import { notFound, Problem } from './problem.ts';

/** The published app named by `:slug`; 404 when there is none. */
export async function publishedApp(c: Context<AppEnv>): Promise<PublishedApp> {
  const app = await c.get('deps').storage.apps.published(c.req.param('slug') ?? '');
  if (!app) throw notFound();
  return app;
}

/** The answer to a write on an archived app. */
export const closed = () =>
  new Problem(410, {
    'zh-CN': '此应用已停止收集，已提交的内容仍然保留',
    en: 'This app no longer accepts submissions; what was sent is kept',
  });
