import { OpenAPIHono } from '@hono/zod-openapi';
import type { TrustedIssuerView } from '@sprout/shared/api';
import { z } from 'zod';
import { audit } from '../http/audit.ts';
import { guardedFetchText, RefusedTarget } from '../http/guarded-fetch.ts';
import type { AppEnv } from '../http/context.ts';
import { defineRoute, idParam, sessionOf } from '../http/define-route.ts';
import { invalid, notFound } from '../http/problem.ts';
import { readPublicJwks } from '../result-codes/bundle.ts';
import { isTopAdmin, requireTopAdmin } from '../http/top-admin.ts';

const MAX_JWKS_BYTES = 64 * 1024;

const addBody = z
  .object({
    name: z.string().trim().min(1).max(100),
    /** The other deployment's issuer URLs start with this, e.g. `https://sprout.other.gov.cn/o/`. */
    issuerPrefix: z.string().trim().url().max(300),
    jwks: z.object({ keys: z.array(z.record(z.string(), z.unknown())) }).optional(),
    jwksUrl: z.string().trim().url().max(500).optional(),
  })
  .refine((b) => (b.jwks ? 1 : 0) + (b.jwksUrl ? 1 : 0) === 1, {
    message: '请上传 JWKS 文件或填写其地址，二选一 (give jwks or jwksUrl, exactly one)',
    path: ['jwks'],
  });

/**
 * Fetches another deployment's JWKS: http(s) only, 5 s, 64 KB, never from this machine
 * or a private network unless SPROUT_TRUST_FETCH_ALLOW lists the host; any failure
 * names `jwksUrl`, and every refused address gets the same message.
 */
async function fetchJwks(url: string, allow: readonly string[]): Promise<unknown> {
  const fail = (why: string) => invalid([{ path: 'jwksUrl', message: `无法获取公钥：${why}` }]);
  if (!/^https?:\/\//.test(url)) throw fail('只支持 http(s) 地址');
  let res: { status: number; text: string };
  try {
    res = await guardedFetchText(url, { allow, maxBytes: MAX_JWKS_BYTES, timeoutMs: 5000 });
  } catch (e) {
    if (e instanceof RefusedTarget) {
      throw fail('不允许访问本机或内网地址（refused: a loopback, private or link-local address）');
    }
    throw fail(e instanceof Error ? e.message : String(e));
  }
  if (res.status < 200 || res.status > 299) throw fail(`HTTP ${res.status}`);
  try {
    return JSON.parse(res.text);
  } catch {
    throw fail('不是 JSON');
  }
}

const view = (
  t: Awaited<ReturnType<AppEnv['Variables']['deps']['storage']['trust']['list']>>[number],
): TrustedIssuerView => ({
  id: t.id,
  name: t.name,
  issuerPrefix: t.issuerPrefix,
  // Stored only as readPublicJwks cleaned them: kty, crv, x, y, kid, alg, use.
  keys: t.jwks as TrustedIssuerView['keys'],
  sourceUrl: t.sourceUrl,
  addedAt: t.addedAt,
});

/** The trust list (互认): other deployments whose result codes verify here. */
export function trustListRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  defineRoute(
    app,
    {
      method: 'get',
      path: '/trust',
      summary: 'The trust list (互认)',
      tag: 'result codes',
      auth: ['admin'],
      responses: { 200: { description: 'the trusted deployments', answer: 'TrustedIssuerList' } },
    },
    async (c) => c.json({ items: (await c.get('deps').storage.trust.list()).map(view) }),
  );

  defineRoute(
    app,
    {
      method: 'post',
      path: '/trust',
      summary: 'Trusts another deployment’s keys: a JWKS in the body, or its URL for the server to fetch',
      tag: 'result codes',
      auth: ['admin'],
      body: addBody,
      responses: {
        201: { description: 'the entry', answer: 'TrustedIssuerView' },
        403: 'not an admin of the top org',
        422: 'not a JWKS of public keys',
      },
    },
    async (c, { body }) => {
      await requireTopAdmin(c);
      const source = body.jwks ?? (await fetchJwks(body.jwksUrl!, c.get('deps').trustFetchAllow));
      const { keys, issues } = await readPublicJwks(source, body.jwks ? 'jwks.keys' : 'jwksUrl');
      if (issues.length || keys.length === 0) throw invalid(issues);
      const entry = await c.get('deps').storage.trust.add({
        name: body.name,
        issuerPrefix: body.issuerPrefix,
        jwks: keys as Array<Record<string, unknown>>,
        sourceUrl: body.jwksUrl ?? null,
        addedAt: c.get('deps').clock.now().toISOString(),
        addedBy: sessionOf(c).user.id,
      });
      await audit(
        c,
        'trust.add',
        { type: 'trusted-issuer', id: entry.id },
        {
          name: entry.name,
          issuerPrefix: entry.issuerPrefix,
          kids: keys.map((k) => k.kid),
          sourceUrl: entry.sourceUrl,
        },
      );
      return c.json(view(entry), 201);
    },
  );

  defineRoute(
    app,
    {
      method: 'delete',
      path: '/trust/:tid',
      summary: 'Removes a deployment from the trust list',
      tag: 'result codes',
      auth: ['admin'],
      responses: { 204: 'removed', 403: 'not an admin of the top org', 404: 'no such entry' },
    },
    async (c) => {
      // Entries are deployment-wide: to anyone else an id names nothing they can see.
      if (!(await isTopAdmin(c))) throw notFound();
      const removed = await c.get('deps').storage.trust.remove(idParam(c, 'tid'));
      if (!removed) throw notFound();
      await audit(
        c,
        'trust.remove',
        { type: 'trusted-issuer', id: removed.id },
        {
          name: removed.name,
          issuerPrefix: removed.issuerPrefix,
        },
      );
      return c.body(null, 204);
    },
  );
  return app;
}
