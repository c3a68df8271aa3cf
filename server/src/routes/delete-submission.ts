import { OpenAPIHono } from '@hono/zod-openapi';
import type { DeletedSubmission } from '@sprout/shared/api';
import { z } from 'zod';
import { audit } from '../http/audit.ts';
import type { AppEnv } from '../http/context.ts';
import { defineRoute, idParam } from '../http/define-route.ts';
import { notFound } from '../http/problem.ts';
import { deleteSubmission } from '../privacy/delete-submission.ts';
import { scopedApp } from '../http/app-lookup.ts';

const deleteBody = z.object({
  /** Why, e.g. "居民依《个人信息保护法》申请删除"; the audit keeps it with the receipt code, nothing else. */
  reason: z.string().trim().min(2).max(200),
});

/** `DELETE /apps/:id/submissions/:sid`: one submission and its files, for a reason, by an admin. */
export function deleteSubmissionRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  defineRoute(
    app,
    {
      method: 'delete',
      path: '/apps/:id/submissions/:sid',
      summary: 'Delete one submission with its files for good, giving a reason (admins; audited: receipt and reason)',
      tag: 'submissions',
      auth: ['admin'],
      body: deleteBody,
      responses: {
        200: {
          description: 'the deleted submission’s receipt code and how many files went with it',
          answer: 'DeletedSubmission',
        },
        404: 'not found or not in the caller’s subtree',
        422: 'reason missing',
      },
    },
    async (c, { body }) => {
      const { storage } = c.get('deps');
      const found = await scopedApp(c);
      const s = await storage.submissions.get(found.id, idParam(c, 'sid'));
      if (!s) throw notFound();
      const done = await deleteSubmission(storage, s);
      if (!done) throw notFound();
      await audit(
        c,
        'submission.delete',
        { type: 'submission', id: s.id, orgId: s.orgId },
        { receiptCode: s.receiptCode, reason: body.reason },
      );
      return c.json({ receiptCode: s.receiptCode, files: done.files } satisfies DeletedSubmission);
    },
  );
  return app;
}
