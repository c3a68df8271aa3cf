import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { decodeJwt } from 'jose';
import { z } from 'zod';
import { bundleKeys, bundleRevocations, issuerNames, verifyResultCode } from '@sprout/shared/result-code';
import { audit } from '../http/audit.ts';
import type { AppEnv } from '../http/context.ts';
import { defineRoute, idParam, sessionOf } from '../http/define-route.ts';
import { notFound, Problem } from '../http/problem.ts';
import type { TrustBundle } from '../result-codes/bundle.ts';
import { issuerUrl } from '../result-codes/issue-result-code.ts';
import { publicBaseUrl } from '../result-codes/issuer-base.ts';
import { scopedApp } from './app-lookup.ts';
import { trustListRoutes } from './trust-list.ts';

const PUBLIC_CACHE = 'public, max-age=300';

/** Everything a verifier needs offline: own keys, the trust list's keys, live revocations, and names to show. */
export async function verificationBundle(c: Context<AppEnv>): Promise<TrustBundle> {
  const { storage, clock, resultCodes } = c.get('deps');
  const now = clock.now();
  const base = publicBaseUrl(c);
  const names = await storage.trust.issuingNames();
  const own = {
    name: resultCodes.name ?? new URL(base).host,
    issuers: [`${base}/o/`],
    keys: (await resultCodes.publicJwks(now.getTime())) as TrustBundle['issuers'][number]['keys'],
    orgs: Object.fromEntries(names.orgs.map((o) => [issuerUrl(base, o.code), o.name])),
    apps: Object.fromEntries(names.apps.map((a) => [a.slug, a.title])),
  };
  const trusted = (await storage.trust.list()).map((t) => ({
    name: t.name,
    issuers: [t.issuerPrefix],
    keys: t.jwks as TrustBundle['issuers'][number]['keys'],
  }));
  const revocations = (await storage.trust.revocations(now.toISOString())).map(({ iss, jti }) => ({ iss, jti }));
  return { generatedAt: now.toISOString(), issuers: [own, ...trusted], revocations };
}

/** `/.well-known/jwks.json`, outside /api: other deployments and JOSE tools fetch it. */
export function wellKnownRoutes(app: OpenAPIHono<AppEnv>): void {
  app.get('/.well-known/jwks.json', async (c) => {
    const keys = await c.get('deps').resultCodes.publicJwks(c.get('deps').clock.now().getTime());
    c.header('Access-Control-Allow-Origin', '*');
    c.header('Cache-Control', PUBLIC_CACHE);
    c.header('Cross-Origin-Resource-Policy', 'cross-origin');
    return c.json({ keys });
  });
}

function openCors(c: Context<AppEnv>) {
  c.header('Access-Control-Allow-Origin', '*');
  c.header('Cross-Origin-Resource-Policy', 'cross-origin');
}

export function keyRoutes() {
  const app = new OpenAPIHono<AppEnv>();

  defineRoute(
    app,
    {
      method: 'get',
      path: '/public/verification-bundle',
      summary: 'Keys (own and trusted, 互认) and revocations for offline verification',
      tag: 'result codes',
      auth: 'public',
      responses: { 200: '{ generatedAt, issuers: [{ name, issuers, keys }], revocations: [{ iss, jti }] }' },
    },
    async (c) => {
      openCors(c);
      c.header('Cache-Control', 'public, max-age=60');
      return c.json(await verificationBundle(c));
    },
  );

  defineRoute(
    app,
    {
      method: 'get',
      path: '/public/revocations',
      summary: 'Result codes this deployment revoked that may still be unexpired',
      tag: 'result codes',
      auth: 'public',
      responses: { 200: '{ revocations: [{ iss, jti, revokedAt, expiresAt }] }' },
    },
    async (c) => {
      openCors(c);
      c.header('Cache-Control', 'public, max-age=60');
      const list = await c.get('deps').storage.trust.revocations(c.get('deps').clock.now().toISOString());
      return c.json({
        revocations: list.map(({ iss, jti, revokedAt, expiresAt }) => ({ iss, jti, revokedAt, expiresAt })),
      });
    },
  );

  defineRoute(
    app,
    {
      method: 'post',
      path: '/public/verify',
      summary: 'Checks a result code against this deployment’s bundle (the same check /verify does offline)',
      tag: 'result codes',
      auth: 'public',
      body: z.object({ token: z.string().min(1).max(4000) }),
      responses: { 200: '{ status, reason, issuerName?, issuedBy?: { deployment, org?, app? }, claims? }' },
    },
    async (c, { body }) => {
      const bundle = await verificationBundle(c);
      const result = await verifyResultCode(body.token, {
        keys: bundleKeys(bundle),
        isRevoked: bundleRevocations(bundle),
        now: c.get('deps').clock.now().getTime() / 1000,
      });
      const names = result.claims ? issuerNames(bundle, result.claims) : undefined;
      return c.json({ ...result, ...(names ? { issuedBy: names } : {}) });
    },
  );

  defineRoute(
    app,
    {
      method: 'post',
      path: '/keys/rotate',
      summary: 'A new key signs from now on; older keys keep verifying until their codes expire',
      tag: 'result codes',
      auth: ['admin'],
      responses: { 200: '{ kid, keys }', 403: 'not an admin of the top org' },
    },
    async (c) => {
      await requireTopAdmin(c);
      const { resultCodes, clock } = c.get('deps');
      const kid = await resultCodes.rotate(clock.now().getTime());
      await audit(c, 'keys.rotate', { type: 'key', id: kid });
      return c.json({ kid, keys: await resultCodes.publicJwks(clock.now().getTime()) });
    },
  );

  defineRoute(
    app,
    {
      method: 'post',
      path: '/apps/:id/submissions/:sid/revoke',
      summary: 'Revokes the result code of a submission; verifiers learn it from the bundle',
      tag: 'result codes',
      auth: ['admin'],
      body: z.object({ reason: z.string().trim().max(500).optional() }),
      responses: {
        200: '{ iss, jti, revokedAt }',
        404: 'not found, not in the caller’s subtree, or no result code',
      },
    },
    async (c, { body }) => {
      const { storage, clock } = c.get('deps');
      const found = await scopedApp(c);
      const s = await storage.submissions.get(found.id, idParam(c, 'sid'));
      if (!s?.resultCode) throw notFound();
      const claims = decodeJwt(s.resultCode) as { iss: string; jti: string; exp: number };
      const revokedAt = clock.now().toISOString();
      await storage.trust.revoke({
        iss: claims.iss,
        jti: claims.jti,
        submissionId: s.id,
        revokedAt,
        revokedBy: sessionOf(c).user.id,
        expiresAt: new Date(claims.exp * 1000).toISOString(),
      });
      await audit(
        c,
        'result-code.revoke',
        { type: 'submission', id: s.id, orgId: s.orgId },
        {
          iss: claims.iss,
          jti: claims.jti,
          ...(body.reason ? { reason: body.reason } : {}),
        },
      );
      return c.json({ iss: claims.iss, jti: claims.jti, revokedAt });
    },
  );

  trustListRoutes(app);
  return app;
}

/** Deployment-wide settings (keys, the trust list) belong to admins of a top-level org. */
export async function isTopAdmin(c: Context<AppEnv>): Promise<boolean> {
  const user = sessionOf(c).user;
  const org = await c.get('deps').storage.orgs.get(user.orgId);
  return user.roles.includes('admin') && org?.parentId === null;
}

export async function requireTopAdmin(c: Context<AppEnv>): Promise<void> {
  if (!(await isTopAdmin(c))) {
    throw new Problem(403, {
      'zh-CN': '只有最上级单位的管理员可以管理密钥和互认名单',
      en: 'Only admins of the top-level org manage keys and the trust list',
    });
  }
}
