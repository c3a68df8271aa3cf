import { OpenAPIHono } from '@hono/zod-openapi';
import type { CodeRevoked, KeysRotated, VerifyAnswer } from '@sprout/shared/api';
import type { Context } from 'hono';
import { decodeJwt } from 'jose';
import { z } from 'zod';
import { bundleKeys, bundleRevocations, issuerNames, verifyResultCode } from '@sprout/shared/result-code';
import { audit } from '../http/audit.ts';
import type { AppEnv } from '../http/context.ts';
import { defineRoute, idParam, sessionOf } from '../http/define-route.ts';
import { notFound } from '../http/problem.ts';
import { scopedApp } from '../http/app-lookup.ts';
import { requireTopAdmin } from '../http/top-admin.ts';
import { verificationBundle } from '../http/verification-bundle.ts';

const PUBLIC_CACHE = 'public, max-age=300';

/** `/.well-known/jwks.json`, outside /api: other deployments and JOSE tools fetch it. */
export function wellKnownRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  app.get('/.well-known/jwks.json', async (c) => {
    const keys = await c.get('deps').resultCodes.publicJwks(c.get('deps').clock.now().getTime());
    c.header('Access-Control-Allow-Origin', '*');
    c.header('Cache-Control', PUBLIC_CACHE);
    c.header('Cross-Origin-Resource-Policy', 'cross-origin');
    return c.json({ keys });
  });
  return app;
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
      responses: {
        200: { description: 'the keys, issuers and revocations a verifier needs offline', answer: 'TrustBundle' },
      },
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
      responses: { 200: { description: 'codes revoked and not yet expired', answer: 'RevocationList' } },
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
      responses: { 200: { description: 'the verdict', answer: 'VerifyAnswer' } },
    },
    async (c, { body }) => {
      const bundle = await verificationBundle(c);
      const result = await verifyResultCode(body.token, {
        keys: bundleKeys(bundle),
        isRevoked: bundleRevocations(bundle),
        now: c.get('deps').clock.now().getTime() / 1000,
      });
      const names = result.claims ? issuerNames(bundle, result.claims) : undefined;
      return c.json({ ...result, ...(names ? { issuedBy: names } : {}) } satisfies VerifyAnswer);
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
      responses: {
        200: { description: 'the new key id and the published keys', answer: 'KeysRotated' },
        403: 'not an admin of the top org',
      },
    },
    async (c) => {
      await requireTopAdmin(c);
      const { resultCodes, clock } = c.get('deps');
      const kid = await resultCodes.rotate(clock.now().getTime());
      await audit(c, 'keys.rotate', { type: 'key', id: kid });
      const keys = (await resultCodes.publicJwks(clock.now().getTime())) as KeysRotated['keys'];
      return c.json({ kid, keys } satisfies KeysRotated);
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
        200: { description: 'the revoked code', answer: 'CodeRevoked' },
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
      return c.json({ iss: claims.iss, jti: claims.jti, revokedAt } satisfies CodeRevoked);
    },
  );

  return app;
}
