import { OpenAPIHono } from '@hono/zod-openapi';
import type { SubmissionDetail } from '@sprout/shared/api';
import { audit } from '../http/audit.ts';
import type { AppEnv } from '../http/context.ts';
import { defineRoute, idParam } from '../http/define-route.ts';
import { notFound } from '../http/problem.ts';
import { submissionView } from '../http/views.ts';
import { scopedApp } from '../http/app-lookup.ts';
import { servedType } from '../uploads/detect-type.ts';
import { filterQuery, scopedFilter } from '../http/submission-filter.ts';
import { appMaskPlan } from '../privacy/app-mask-plan.ts';
import { auditSensitiveRead } from '../privacy/read-audit.ts';
import { guardSensitiveSearch, requireSensitiveRead } from '../privacy/sensitive-read.ts';

export function submissionRoutes() {
  const app = new OpenAPIHono<AppEnv>();

  defineRoute(
    app,
    {
      method: 'get',
      path: '/apps/:id/submissions',
      summary: 'Submissions newest first, filtered, keyset-paged',
      tag: 'submissions',
      auth: 'session',
      query: filterQuery,
      responses: {
        200: { description: 'a page of submissions, L3/L4 answers masked', answer: 'SubmissionPage' },
        404: 'not in the caller’s subtree',
      },
    },
    async (c, { query }) => {
      const found = await scopedApp(c);
      const filter = await scopedFilter(c, query);
      guardSensitiveSearch(c, filter);
      const limit = filter.limit ?? 50;
      const { storage } = c.get('deps');
      const items = await storage.submissions.list(found.id, { ...filter, limit });
      const plan = await appMaskPlan(storage, found.id, found.draft);
      await auditSensitiveRead(c, 'submissions.list', { app: found, plan, filter, rows: items.length, masked: true });
      const last = items[items.length - 1];
      return c.json({
        items: items.map((s) => submissionView(s, c.get('locale'), plan)),
        nextCursor: items.length === limit && last ? String(last.id) : null,
      });
    },
  );

  defineRoute(
    app,
    {
      method: 'get',
      path: '/apps/:id/submissions/:sid',
      summary: 'One submission with its history',
      tag: 'submissions',
      auth: 'session',
      responses: {
        200: { description: 'the submission with its history', answer: 'SubmissionDetail' },
        404: 'not found or not in the caller’s subtree',
      },
    },
    async (c) => {
      const { storage } = c.get('deps');
      const found = await scopedApp(c);
      const s = await storage.submissions.get(found.id, idParam(c, 'sid'));
      if (!s) throw notFound();
      const events = await storage.submissions.history(s.id);
      // The arrival is not an event row: it is the status before the first event, or the current one.
      const arrived = events[0]?.fromStatus ?? s.status;
      const history = [
        { at: s.submittedAt, actor: null, fromStatus: null, toStatus: arrived, comment: null },
        ...events,
      ];
      const plan = await appMaskPlan(storage, found.id, found.draft);
      await audit(c, 'submission.view', { type: 'submission', id: s.id, orgId: s.orgId }, { app: found.slug });
      return c.json({ ...submissionView(s, c.get('locale'), plan), history } satisfies SubmissionDetail);
    },
  );

  defineRoute(
    app,
    {
      method: 'get',
      path: '/apps/:id/files/:fileId',
      summary: 'A file uploaded with a submission',
      tag: 'submissions',
      auth: 'session',
      responses: {
        200: { description: 'the file', contentType: 'application/octet-stream' },
        404: 'not found or not in the caller’s subtree',
      },
    },
    async (c) => {
      const { storage } = c.get('deps');
      const found = await scopedApp(c);
      const fileId = c.req.param('fileId') ?? '';
      const meta = await storage.uploads.get(found.id, fileId);
      const bytes = meta ? await storage.uploads.read(found.id, fileId) : undefined;
      if (!meta || !bytes) throw notFound();
      // Files are withheld from masked answers, so their bytes need the grant too.
      requireSensitiveRead(c);
      await audit(c, 'file.download', { type: 'upload', id: meta.id, orgId: found.orgId });
      // Only a type found from the file's first bytes, never HTML or script; always a download.
      c.header('Content-Type', servedType(meta.type));
      c.header('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(meta.name)}`);
      c.header('X-Content-Type-Options', 'nosniff');
      c.header('Cache-Control', 'private, no-store');
      return c.body(bytes as Uint8Array<ArrayBuffer>);
    },
  );

  return app;
}
