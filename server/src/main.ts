import { serve } from '@hono/node-server';
import { Hono } from 'hono';

// Placeholder until the Server issue lands: a health route and a holding page.
const port = Number(process.env.PORT ?? 8787);
const host = process.env.HOST ?? '127.0.0.1';
const app = new Hono();
app.get('/api/v1/health', (c) => c.json({ status: 'ok' }));
app.get('/', (c) => c.html('<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>萌芽 Sprout</title><h1>萌芽 Sprout</h1>'));

const server = serve({ fetch: app.fetch, port, hostname: host }, (info) => {
  console.log(`Sprout is running at http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${info.port}`);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)));
