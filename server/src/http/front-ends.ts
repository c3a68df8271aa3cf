import { PAGE_VERSION_HEADER } from '@sprout/shared/api';
import { DISPLAY_PREFS_COOKIE, parseDisplayPrefsToken } from '@sprout/shared/i18n';
import type { Context, Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import type { Logger } from '../logging/logger.ts';
import type { AppEnv, FrontEndFiles } from './context.ts';
import { inlineAppJson, residentPage } from './resident-page.ts';
import { residentFormRenderer } from './resident-render.ts';
import { notBuilt, readStatic, sendStatic } from './static.ts';
import { publishedAppBody, publishedTag } from './published-app.ts';

const SERVICE_WORKER = 'sw.js';

/**
 * The built front ends: resident pages from runtime/dist, everything else from
 * editor/dist with the SPA fallback to index.html. See docs/architecture.md.
 */
export function mountFrontEnds(app: Hono<AppEnv>, dist: FrontEndFiles, logger: Logger): void {
  const renderForm = residentFormRenderer(dist.residentRender, logger);
  const page = (root: string | undefined, file: string, what: string) => async (c: Context<AppEnv>) => {
    const found = root ? await readStatic(root, file, c.req.header('accept-encoding')) : undefined;
    return found ? sendStatic(c, found, false) : notBuilt(c, what);
  };
  app.get('/a/:slug', async (c) => {
    const html = dist.runtime ? await readStatic(dist.runtime, 'resident.html') : undefined;
    if (!html) return notBuilt(c, '居民填报页 (runtime)');
    const { storage } = c.get('deps');
    const found = await storage.apps.published(c.req.param('slug'));
    if (!found) return sendStatic(c, html, false);
    const body = await publishedAppBody(storage, found);
    const json = inlineAppJson(body);
    // The device's language and text size (its cookie, written by the page): the form is
    // rendered as it will show it, so its page keeps what the resident types before the scripts run.
    const prefs = parseDisplayPrefsToken(getCookie(c, DISPLAY_PREFS_COOKIE));
    const markup = await renderForm(body, json, prefs);
    const page = residentPage(
      html.body.toString('utf8'),
      body,
      json,
      markup === undefined ? undefined : { markup, prefs },
    );
    c.header(PAGE_VERSION_HEADER, publishedTag(found, body));
    c.header('Vary', 'Cookie', { append: true });
    return sendStatic(c, { body: Buffer.from(page), type: html.type }, false);
  });
  app.get('/verify', page(dist.runtime, 'verify.html', '结果码核验页 (runtime)'));
  app.get('/r/*', async (c) => {
    const path = c.req.path.slice('/r/'.length);
    const found = dist.runtime ? await readStatic(dist.runtime, path, c.req.header('accept-encoding')) : undefined;
    if (!found) return c.notFound();
    // The resident pages' offline worker lives here but serves /a/ and /verify (see
    // runtime/src/offline/service-worker/); the browser needs this header to allow that scope.
    if (path === SERVICE_WORKER) c.header('Service-Worker-Allowed', '/');
    // Only Vite's fingerprinted assets are immutable; host modules, pages and the worker keep their names.
    return sendStatic(c, found, path.startsWith('assets/'));
  });
  app.get('*', async (c) => {
    if (!dist.editor) return notBuilt(c, '管理端 (editor)');
    const path = c.req.path.replace(/^\/+/, '');
    const asset = path ? await readStatic(dist.editor, path, c.req.header('accept-encoding')) : undefined;
    if (asset) return sendStatic(c, asset, path.startsWith('assets/'));
    const index = await readStatic(dist.editor, 'index.html', c.req.header('accept-encoding'));
    return index ? sendStatic(c, index, false) : notBuilt(c, '管理端 (editor)');
  });
}
