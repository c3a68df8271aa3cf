import type { MiddlewareHandler } from 'hono';

/**
 * The files vendor widgets need, readable from any origin: the runtime's `/r/` files (the
 * widget frame's script, host modules) and pack files under `/packs/`. An untrusted widget
 * runs in a sandboxed iframe with an opaque origin, so every module it imports is a
 * cross-origin (CORS) request. These are public, cookie-free static files; nothing else
 * of the server answers other origins.
 */
export const WIDGET_FILE_PATHS = ['/r/*', '/packs/*'] as const;

export const widgetCors: MiddlewareHandler = async (c, next) => {
  await next();
  if (c.req.method === 'GET' || c.req.method === 'HEAD') c.res.headers.set('Access-Control-Allow-Origin', '*');
};
