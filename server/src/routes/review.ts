import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { z } from 'zod';
import {
  applyReviewAction,
  needsComment,
  type ReviewAction,
  type ReviewQuestions,
  reviewQuestions,
} from '@sprout/shared/review';
import { audit } from '../http/audit.ts';
import type { AppEnv } from '../http/context.ts';
import { defineRoute, idParam, sessionOf } from '../http/define-route.ts';
import { invalid, notFound, Problem } from '../http/problem.ts';
import { outcomeView } from '../http/views.ts';
import type { ReviewItem } from '../storage/review-types.ts';
import type { ReviewItemView } from '@sprout/shared/api';
import type { SubmissionStatus } from '../storage/types.ts';
import { codesForDecision } from '../result-codes/review-codes.ts';
import { issuingBaseUrl } from '../result-codes/issuer-base.ts';
import { scopedApp } from '../http/app-lookup.ts';
import { type MaskPlan, maskAnswers } from '@sprout/shared/masking';
import { createMaskPlanCache } from '../privacy/app-mask-plan.ts';

const ACTIONS = ['claim', 'release', 'approve', 'reject', 'return'] as const;
const QUEUE_STATUSES = ['pending', 'claimed', 'returned'] as const;

const decisionBody = z.object({
  action: z.enum(ACTIONS),
  comment: z.string().trim().max(1000).optional(),
});

/** One queue item as officials see it, masked by its app's plan, with whether its time limit has run out. */
function reviewItemView(c: Context<AppEnv>, item: ReviewItem, plan: MaskPlan, labels: ReviewQuestions): ReviewItemView {
  const now = c.get('deps').clock.now().toISOString();
  const open = item.status === 'pending' || item.status === 'claimed';
  const shown = maskAnswers(item.values, plan);
  return {
    id: item.id,
    appId: item.appId,
    appTitle: item.appTitle,
    orgId: item.orgId,
    orgName: item.orgName,
    receiptCode: item.receiptCode,
    status: item.status,
    revision: item.revision,
    version: item.version,
    values: shown.values,
    masked: shown.masked,
    questions: labels.questions,
    displayFields: labels.displayFields,
    outcome: outcomeView(item.outcome, c.get('locale')),
    submittedAt: item.submittedAt,
    reviewDueAt: item.reviewDueAt,
    overdue: open && item.reviewDueAt !== null && item.reviewDueAt <= now,
    claimedBy: item.claimedBy,
    reviewComment: item.reviewComment,
  };
}

const conflict = (status: SubmissionStatus) =>
  new Problem(409, {
    'zh-CN': `该条目当前状态为“${status}”，可能已由其他审核员处理，请刷新后再试`,
    en: `This item is now ${status}; another reviewer may have acted on it first. Reload and retry.`,
  });

const claimedByOther = (name: string) =>
  new Problem(409, { 'zh-CN': `该条目已由 ${name} 认领`, en: `${name} has claimed this item` });

/** The questions of each app version a queue holds, read once per request. */
function createQuestionsCache(c: Context<AppEnv>) {
  const known = new Map<string, Promise<ReviewQuestions>>();
  return (appId: number, version: number): Promise<ReviewQuestions> => {
    const key = `${appId}:${version}`;
    let found = known.get(key);
    if (!found) {
      found = c
        .get('deps')
        .storage.apps.version(appId, version)
        .then((v) => (v ? reviewQuestions(v.definition, c.get('locale')) : { questions: [], displayFields: [] }));
      known.set(key, found);
    }
    return found;
  };
}

/** The items' views, each masked by its own app's plan and labelled by its own version (a queue mixes apps). */
async function reviewItemViews(c: Context<AppEnv>, items: ReviewItem[]) {
  const planOf = createMaskPlanCache(c.get('deps').storage);
  const questionsOf = createQuestionsCache(c);
  return Promise.all(
    items.map(async (i) => reviewItemView(c, i, await planOf(i.appId), await questionsOf(i.appId, i.version))),
  );
}

/** A queue that showed personal fields (masked) leaves a read trace: which apps, how many rows. */
async function auditQueueRead(c: Context<AppEnv>, action: string, views: Array<{ appId: number; masked: string[] }>) {
  const personal = views.filter((v) => v.masked.length > 0);
  if (personal.length === 0) return;
  const apps = [...new Set(personal.map((v) => v.appId))];
  await audit(c, action, { type: 'org', id: c.get('orgScope')!.orgId }, { apps, rows: views.length, masked: true });
}

/** A queue's views, after the read trace its masked rows leave. */
async function queueViews(c: Context<AppEnv>, action: string, items: ReviewItem[]) {
  const views = await reviewItemViews(c, items);
  await auditQueueRead(c, action, views);
  return views;
}

/** Checks an action against the item's state and who holds it; answers the CAS step to try. */
function planTransition(c: Context<AppEnv>, item: ReviewItem, action: ReviewAction, comment: string | undefined) {
  const user = sessionOf(c).user;
  const next = applyReviewAction(item.status, action);
  if (!next.ok) throw conflict(item.status);
  if (needsComment(action) && !comment) {
    const en = c.get('locale') === 'en';
    throw invalid([{ path: 'comment', message: en ? 'Say why, for the resident' : '请填写意见，告知群众原因' }]);
  }
  const holder = item.claimedBy;
  // A claimed item is the claimer's to decide; an admin may release someone else's claim.
  if (item.status === 'claimed' && holder && holder.id !== user.id) {
    if (!(action === 'release' && user.roles.includes('admin'))) throw claimedByOther(holder.displayName);
  }
  return {
    submissionId: item.id,
    from: item.status,
    to: next.value,
    actorUserId: user.id,
    comment: comment ?? null,
    at: c.get('deps').clock.now().toISOString(),
    claimedBy: action === 'claim' ? user.id : null,
    expectClaimedBy: item.status === 'claimed' ? (holder?.id ?? null) : undefined,
  };
}

export function reviewRoutes() {
  const app = new OpenAPIHono<AppEnv>();

  defineRoute(
    app,
    {
      method: 'get',
      path: '/review/queue',
      summary: 'Submissions waiting for review in the caller’s subtree, oldest first',
      tag: 'review',
      auth: ['reviewer'],
      query: z.object({
        appId: z.string().regex(/^\d+$/).optional(),
        status: z.enum([...QUEUE_STATUSES, 'open']).optional(),
        limit: z.coerce.number().int().min(1).max(500).optional(),
      }),
      responses: { 200: { description: 'the items waiting', answer: 'ReviewItemList' } },
    },
    async (c, { query }) => {
      const statuses: SubmissionStatus[] =
        !query.status || query.status === 'open' ? ['pending', 'claimed'] : [query.status];
      const items = await c.get('deps').storage.review.queue(c.get('orgScope')!, {
        statuses,
        ...(query.appId ? { appId: Number(query.appId) } : {}),
        ...(query.limit ? { limit: query.limit } : {}),
      });
      return c.json({ items: await queueViews(c, 'review.queue', items) });
    },
  );

  defineRoute(
    app,
    {
      method: 'get',
      path: '/review/overdue',
      summary: 'Open review items past their time limit across the caller’s subtree, oldest first',
      tag: 'review',
      auth: 'session',
      query: z.object({ limit: z.coerce.number().int().min(1).max(1000).optional() }),
      responses: { 200: { description: 'the overdue items', answer: 'ReviewItemList' } },
    },
    async (c, { query }) => {
      const { storage, clock } = c.get('deps');
      const items = await storage.review.overdue(c.get('orgScope')!, clock.now().toISOString(), query.limit ?? 200);
      return c.json({ items: await queueViews(c, 'review.overdue', items) });
    },
  );

  defineRoute(
    app,
    {
      method: 'get',
      path: '/review/summary',
      summary: 'Counts for the officials’ home page: waiting, claimed by me, overdue',
      tag: 'review',
      auth: 'session',
      responses: { 200: { description: 'counts', answer: 'ReviewSummary' } },
    },
    async (c) => {
      const { storage, clock } = c.get('deps');
      const user = sessionOf(c).user;
      return c.json(await storage.review.summary(c.get('orgScope')!, user.id, clock.now().toISOString()));
    },
  );

  defineRoute(
    app,
    {
      method: 'post',
      path: '/apps/:id/submissions/:sid/review',
      summary: 'Claim, release, approve, reject or return (comment required for reject and return)',
      tag: 'review',
      auth: ['reviewer'],
      body: decisionBody,
      responses: {
        200: { description: 'the item after the step', answer: 'ReviewItemView' },
        404: 'not found or not in the caller’s subtree',
        409: 'the item is no longer in a state that allows this (another reviewer acted first)',
        422: 'comment missing',
      },
    },
    async (c, { body }) => {
      const { storage } = c.get('deps');
      const found = await scopedApp(c);
      const item = await storage.review.item(found.id, idParam(c, 'sid'));
      if (!item) throw notFound();
      const step = planTransition(c, item, body.action, body.comment || undefined);
      const submission = await storage.submissions.get(found.id, item.id);
      if (!submission) throw notFound();
      const codes = await codesForDecision({
        storage,
        resultCodes: c.get('deps').resultCodes,
        publicBaseUrl: issuingBaseUrl(c),
        submission,
        app: found,
        to: step.to,
        now: c.get('deps').clock.now(),
      });
      if (!(await storage.review.transition({ ...step, ...codes }))) {
        const now = await storage.review.item(found.id, item.id);
        throw conflict(now?.status ?? item.status);
      }
      await audit(
        c,
        `submission.${body.action}`,
        { type: 'submission', id: item.id, orgId: item.orgId },
        {
          from: step.from,
          to: step.to,
          comment: step.comment,
          app: found.slug,
          ...(codes.issue ? { issued: codes.issue.jti } : {}),
          ...(codes.revoke ? { revoked: codes.revoke.jti } : {}),
        },
      );
      const after = await storage.review.item(found.id, item.id);
      return c.json((await reviewItemViews(c, [after!]))[0]);
    },
  );

  return app;
}
