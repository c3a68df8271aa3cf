import type { Context } from 'hono';
import type { AppEnv } from './context.ts';
import { idParam } from './define-route.ts';
import { notFound } from './problem.ts';
import { chinaDayStart } from './views.ts';
import type { AppRecord } from '../storage/types.ts';

/** The app named by `:id`, only when it lies in the caller's subtree; otherwise 404. */
export async function scopedApp(c: Context<AppEnv>): Promise<AppRecord> {
  const { storage, clock } = c.get('deps');
  const app = await storage.apps.get(idParam(c, 'id'), c.get('orgScope')!, chinaDayStart(clock.now()));
  if (!app) throw notFound();
  return app;
}
