import { OpenAPIHono } from '@hono/zod-openapi';
import type { UnmaskedSubmission } from '@sprout/shared/api';
import { z } from 'zod';
import { audit } from '../http/audit.ts';
import type { AppEnv } from '../http/context.ts';
import { defineRoute, idParam } from '../http/define-route.ts';
import { notFound } from '../http/problem.ts';
import { submissionView } from '../http/views.ts';
import { appMaskPlan } from '../privacy/app-mask-plan.ts';
import { requireSensitiveRead } from '../privacy/sensitive-read.ts';
import { scopedApp } from '../http/app-lookup.ts';

const unmaskBody = z.object({
  /** Why the official needs the whole values, e.g. "核对身份证号以发放补贴"; kept in the audit log. */
  reason: z.string().trim().min(2).max(200),
});

/** `POST /apps/:id/submissions/:sid/unmask`: one submission's values whole, for a stated reason, audited. */
export function unmaskRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  defineRoute(
    app,
    {
      method: 'post',
      path: '/apps/:id/submissions/:sid/unmask',
      summary: 'Show one submission’s sensitive values unmasked, for a reason (needs sensitive:read; audited)',
      tag: 'submissions',
      auth: 'session',
      body: unmaskBody,
      responses: {
        200: { description: 'the submission with its values whole', answer: 'UnmaskedSubmission' },
        403: 'the caller lacks sensitive:read',
        404: 'not found or not in the caller’s subtree',
        422: 'reason missing',
      },
    },
    async (c, { body }) => {
      const { storage } = c.get('deps');
      const found = await scopedApp(c);
      requireSensitiveRead(c);
      const s = await storage.submissions.get(found.id, idParam(c, 'sid'));
      if (!s) throw notFound();
      const plan = await appMaskPlan(storage, found.id, found.draft);
      const fields = submissionView(s, c.get('locale'), plan).masked;
      await audit(
        c,
        'submission.unmask',
        { type: 'submission', id: s.id, orgId: s.orgId },
        { app: found.slug, receiptCode: s.receiptCode, reason: body.reason, fields },
      );
      return c.json({ ...submissionView(s, c.get('locale'), null), unmasked: true } satisfies UnmaskedSubmission);
    },
  );
  return app;
}
