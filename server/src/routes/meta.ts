import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../http/context.ts';
import { defineRoute } from '../http/define-route.ts';
import { Problem } from '../http/problem.ts';
import { checkReadiness } from '../lifecycle/readiness.ts';

const NOT_READY = {
  draining: {
    'zh-CN': '本节点正在停止，请求请发往其他节点',
    en: 'This node is shutting down; send requests elsewhere',
  },
  database: { 'zh-CN': '数据库暂时无法应答', en: 'The database does not answer' },
} as const;

export function metaRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  defineRoute(
    app,
    {
      method: 'get',
      path: '/health',
      summary: 'Liveness: the process answers (touches nothing else)',
      tag: 'meta',
      auth: 'public',
      responses: { 200: { description: 'ok', answer: 'Health' } },
    },
    (c) => c.json({ status: 'ok' }),
  );
  defineRoute(
    app,
    {
      method: 'get',
      path: '/ready',
      summary: 'Readiness: the database answers and the node is not shutting down',
      tag: 'meta',
      auth: 'public',
      responses: {
        200: { description: 'ready', answer: 'Ready' },
        503: 'not ready: `code` is `draining` or `database`',
      },
    },
    async (c) => {
      const { storage, lifecycle } = c.get('deps');
      const readiness = await checkReadiness(storage, lifecycle);
      c.header('Cache-Control', 'no-store');
      if (!readiness.ready) {
        throw new Problem(
          503,
          NOT_READY[readiness.reason],
          undefined,
          { 'Cache-Control': 'no-store' },
          {
            code: readiness.reason,
          },
        );
      }
      return c.json({ status: 'ready' as const });
    },
  );
  return app;
}
