import { type ErrorHandler, Hono } from 'hono';
import { routePath } from 'hono/route';
import { TrieRouter } from 'hono/router/trie-router';
import { describe, expect, it } from 'vitest';
import { cachedRouter } from './cached-router.ts';
import { type Layer, oneLayer } from './one-layer.ts';

/**
 * The same app twice: on hono's own trie router (its `compose` steps through the layers)
 * and with each match run as one layer. Every step writes to the request's trace what it
 * saw, so the two can be compared step by step.
 */
function build(asOneLayer: boolean) {
  const trace: string[] = [];
  const onError: ErrorHandler = (err, c) => c.json({ error: err.message }, 418);
  const router = asOneLayer
    ? cachedRouter(new TrieRouter<Layer>(), (match) => oneLayer(match, onError))
    : new TrieRouter<Layer>();
  const app = new Hono({ router });
  app.use('*', async (c, next) => {
    trace.push('outer before');
    await next();
    trace.push(`outer after: ${c.res.status}`);
  });
  app.use('/items/*', (c, next) => {
    trace.push('items');
    if (c.req.query('stop') !== undefined) return Promise.resolve(c.json({ stopped: true }, 409));
    if (c.req.query('throw-early') !== undefined) throw new Error('early');
    return next();
  });
  app.use('/items/*', async (c, next) => {
    await new Promise((resolve) => setTimeout(resolve, 1));
    await next();
    trace.push(`waited after: ${c.res.status}`);
    c.res.headers.set('X-After', 'yes');
  });
  app.get('/items/:id', (c) => {
    trace.push(`route: ${routePath(c)}`);
    if (c.req.query('throw') !== undefined) throw new Error(`bad ${c.req.param('id')}`);
    return c.json({ id: c.req.param('id') });
  });
  app.get('/slow/:id', async (c) => {
    await new Promise((resolve) => setTimeout(resolve, 1));
    if (c.req.query('throw') !== undefined) throw new Error('late');
    return c.text(`slow ${c.req.param('id')}`);
  });
  app.onError(onError);
  return { app, trace };
}

async function outcome(asOneLayer: boolean, path: string) {
  const { app, trace } = build(asOneLayer);
  const res = await app.request(path);
  return { status: res.status, body: await res.text(), after: res.headers.get('X-After'), trace };
}

describe('oneLayer', () => {
  it('answers and steps through the layers as hono’s compose does', async () => {
    for (const path of [
      '/items/7',
      '/items/7?throw',
      '/items/7?stop',
      '/items/7?throw-early',
      '/slow/3',
      '/slow/3?throw',
      '/items',
      '/nothing',
    ]) {
      const composed = await outcome(false, path);
      expect(await outcome(true, path), path).toEqual(composed);
    }
  });

  it('runs a match of several handlers as one, named by the route that answers', async () => {
    const { app } = build(true);
    const [handlers] = app.router.match('GET', '/items/7');
    expect(handlers).toHaveLength(1);
    expect(handlers[0]?.[0][1].path).toBe('/items/:id');
    expect((await outcome(true, '/items/7')).trace).toEqual([
      'outer before',
      'items',
      'route: /items/:id',
      'waited after: 200',
      'outer after: 200',
    ]);
  });

  it('turns an error into the app’s answer where it was thrown, seen by the layers around it', async () => {
    expect(await outcome(true, '/items/7?throw')).toMatchObject({
      status: 418,
      body: '{"error":"bad 7"}',
      after: 'yes',
      trace: ['outer before', 'items', 'route: /items/:id', 'waited after: 418', 'outer after: 418'],
    });
  });
});
