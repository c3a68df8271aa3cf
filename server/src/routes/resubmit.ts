import { OpenAPIHono } from '@hono/zod-openapi';
import { timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { z } from 'zod';
import type { Receipt, ReceiptAnswers } from '@sprout/shared/api';
import type { AppEnv } from '../http/context.ts';
import { defineRoute } from '../http/define-route.ts';
import { notFound, Problem } from '../http/problem.ts';
import { submitterOf } from '../http/submitter.ts';
import { receiptView } from '../http/views.ts';
import type { Submission } from '../storage/types.ts';
import { acceptResubmission } from '../submissions/accept-submission.ts';
import { runtimePacks } from '../packs/pack-catalog.ts';

const EDIT_HEADER = 'x-edit-token';

const sameToken = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * The submission behind a receipt code, only for the holder of its edit token (given
 * once, with the receipt at submit): a receipt code alone lets nobody read answers or edit.
 */
async function ownSubmission(c: Context<AppEnv>): Promise<Submission & { appTitle: string }> {
  const { storage, resultCodes } = c.get('deps');
  const code = (c.req.param('code') ?? '').toUpperCase();
  const s = await storage.submissions.byReceipt(code);
  if (!s) throw notFound();
  const given = c.req.header(EDIT_HEADER) ?? '';
  if (!given || !sameToken(given, await resultCodes.editToken(s.receiptCode))) {
    throw new Problem(403, {
      'zh-CN': '修改凭证不正确，请在提交时的设备上打开回执',
      en: 'The edit token does not match; open the receipt on the device that submitted it',
    });
  }
  return s;
}

const notReturned = () =>
  new Problem(409, {
    'zh-CN': '只有被退回的填报可以修改后重新提交',
    en: 'Only a submission returned for correction can be resubmitted',
  });

export function resubmitRoutes() {
  const app = new OpenAPIHono<AppEnv>();

  defineRoute(
    app,
    {
      method: 'get',
      path: '/public/receipts/:code/answers',
      summary: 'The answers behind a receipt, to correct a returned submission (header X-Edit-Token)',
      tag: 'residents',
      auth: 'public',
      responses: {
        200: {
          description: 'the answers and the definition of the version they were sent on',
          answer: 'ReceiptAnswers',
        },
        403: 'wrong or missing X-Edit-Token',
        404: 'unknown code',
      },
    },
    async (c) => {
      const s = await ownSubmission(c);
      const { storage } = c.get('deps');
      const item = await storage.review.item(s.appId, s.id);
      // The correction is made against the version the resident filled, even after a newer one.
      const own = await storage.apps.version(s.appId, s.version);
      if (!own) throw notFound();
      c.header('Cache-Control', 'private, no-store');
      return c.json({
        definition: own.definition,
        receiptCode: s.receiptCode,
        status: s.status,
        reviewComment: s.reviewComment,
        slug: item?.appSlug ?? null,
        version: s.version,
        revision: item?.revision ?? 1,
        values: s.values,
        packs: runtimePacks(await storage.packs.pinned(s.appId, s.version)),
      } satisfies ReceiptAnswers);
    },
  );

  defineRoute(
    app,
    {
      method: 'put',
      path: '/public/receipts/:code',
      summary: 'Corrects and resubmits a returned submission (header X-Edit-Token): same receipt, new revision',
      tag: 'residents',
      auth: 'public',
      body: z.object({ version: z.number().int().positive(), values: z.record(z.string(), z.unknown()) }),
      responses: {
        200: { description: 'the receipt, status pending again', answer: 'Receipt' },
        403: 'wrong or missing X-Edit-Token',
        404: 'unknown code',
        409: 'the submission is not returned (any more)',
        410: 'the app is closed',
        422: 'invalid values; errors[].path names each field',
      },
    },
    async (c, { body }) => {
      const deps = c.get('deps');
      const s = await ownSubmission(c);
      if (s.status !== 'returned') throw notReturned();
      const item = await deps.storage.review.item(s.appId, s.id);
      const published = item ? await deps.storage.apps.published(item.appSlug) : undefined;
      if (!item || !published) throw notFound();
      const after = await acceptResubmission(deps, { submission: s, app: published, body, submitter: submitterOf(c) });
      return c.json(receiptView(after, after.appTitle, c.get('locale')) satisfies Receipt);
    },
  );

  return app;
}
