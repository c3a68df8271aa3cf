import { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { AppEnv } from '../http/context.ts';
import { defineRoute } from '../http/define-route.ts';
import { rateLimited } from '../http/rate-limit.ts';
import { notFound, Problem } from '../http/problem.ts';
import { receiptView } from '../http/views.ts';
import { acceptSubmission } from '../submissions/accept-submission.ts';
import { submitterOf } from '../http/submitter.ts';
import { requestHeader } from '../http/node-request.ts';
import type { Receipt } from '@sprout/shared/api';
import { publishedApp, publishedAppBody, publishedTag } from '../http/published-app.ts';

const submitBody = z.object({
  version: z.number().int().positive(),
  values: z.record(z.string(), z.unknown()),
  deviceId: z.string().min(1).max(200).optional(),
  /** The version whose consent text the resident agreed to; required when the app has consent text. */
  consentVersion: z.number().int().positive().optional(),
});
export function publicRoutes() {
  const app = new OpenAPIHono<AppEnv>();

  defineRoute(
    app,
    {
      method: 'get',
      path: '/public/apps/:slug',
      summary: 'The published definition residents fill (ETag; 304 when unchanged)',
      tag: 'residents',
      auth: 'public',
      responses: {
        200: { description: 'the published definition and the packs it pins', answer: 'PublishedAppBody' },
        304: 'unchanged',
        404: 'unknown slug',
      },
    },
    async (c) => {
      const found = await publishedApp(c);
      const body = await publishedAppBody(c.get('deps').storage, found);
      const etag = publishedTag(found, body);
      c.header('ETag', etag);
      c.header('Cache-Control', 'no-cache');
      if (c.req.header('if-none-match') === etag) return c.body(null, 304);
      return c.json(body);
    },
  );

  defineRoute(
    app,
    {
      method: 'post',
      path: '/public/apps/:slug/submissions',
      summary: 'Submit (header Idempotency-Key); answers once the submission is on disk',
      tag: 'residents',
      auth: 'public',
      middleware: [rateLimited('submit')],
      body: submitBody,
      responses: {
        200: { description: 'a replay of the same key and body: the same receipt', answer: 'Receipt' },
        201: { description: 'the receipt', answer: 'Receipt' },
        401: 'the app takes signed-in submitters only',
        404: 'unknown slug',
        409: 'the key was used with another body, one submission per … already sent, or `version` is older than the current one (`code: version-outdated`, `currentVersion`)',
        429: 'too many submissions from this address or to this app (Retry-After)',
        503: 'the app issues result codes and no SPROUT_PUBLIC_URL may be used for this request',
        410: 'the app is closed',
        422: 'invalid values; errors[].path names each field (values.…)',
        428: 'Idempotency-Key header missing',
      },
    },
    async (c, { body }) => {
      // Read off Node's parsed headers: `c.req.header()` would build a fetch Headers of them all.
      const key = requestHeader(c, 'idempotency-key');
      if (!key || key.length > 200) {
        throw new Problem(428, {
          'zh-CN': '缺少 Idempotency-Key 请求头',
          en: 'Send an Idempotency-Key header (1–200 characters)',
        });
      }
      const deps = c.get('deps');
      const accepted = await acceptSubmission(deps, {
        app: await publishedApp(c),
        body,
        idempotencyKey: key,
        submitter: submitterOf(c),
      });
      const editToken = await deps.resultCodes.editToken(accepted.submission.receiptCode);
      return c.json({ ...accepted.receipt, editToken } satisfies Receipt, accepted.status);
    },
  );

  defineRoute(
    app,
    {
      method: 'get',
      path: '/public/receipts/:code',
      summary: 'Status of a submission by its receipt code',
      tag: 'residents',
      auth: 'public',
      responses: { 200: { description: 'the receipt', answer: 'Receipt' }, 404: 'unknown code' },
    },
    async (c) => {
      const code = (c.req.param('code') ?? '').toUpperCase();
      const s = await c.get('deps').storage.submissions.byReceipt(code);
      if (!s) throw notFound();
      return c.json(receiptView(s, s.appTitle, c.get('locale')));
    },
  );

  return app;
}
