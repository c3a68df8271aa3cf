import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { TrieRouter } from 'hono/router/trie-router';
import type { MiddlewareHandler } from 'hono';
import { everyRequest } from './http/every-request.ts';
import { loginPolicy } from './auth/login-policy.ts';
import { sessionMiddleware } from './auth/session-middleware.ts';
import { temporaryResultCodeService } from './result-codes/service.ts';
import { createLoggingSender } from './tasks/reminders.ts';
import { type AppEnv, type AppOptions, type Deps, systemClock } from './http/context.ts';
import { cachedRouter } from './http/cached-router.ts';
import { type Layer, oneLayer } from './http/one-layer.ts';
import { compressJson } from './http/compress-json.ts';
import { mountFrontEnds } from './http/front-ends.ts';
import { WIDGET_FILE_PATHS, widgetCors } from './http/widget-cors.ts';
import { mountPackFiles } from './http/pack-files.ts';
import { ALWAYS_RUNNING } from './lifecycle/readiness.ts';
import { silentLogger } from './logging/logger.ts';
import { DEFAULT_RATE_LIMITS } from './http/rate-limit-policy.ts';
import { Problem } from './http/problem.ts';
import { errorAnswer } from './http/error-answer.ts';
import { declaresLength, requestHeader } from './http/node-request.ts';
import { appRoutes } from './routes/apps.ts';
import { appLifecycleRoutes } from './routes/app-lifecycle.ts';
import { deleteSubmissionRoutes } from './routes/delete-submission.ts';
import { exportRoutes } from './routes/exports.ts';
import { packUpgradeRoutes } from './routes/pack-upgrade.ts';
import { taskAssigneeRoutes } from './routes/task-assignees.ts';
import { taskPeriodRoutes } from './routes/task-periods.ts';
import { trustListRoutes } from './routes/trust-list.ts';
import { unmaskRoutes } from './routes/unmask.ts';
import { templateRoutes } from './routes/templates.ts';
import { blockRoutes } from './routes/blocks.ts';
import { auditRoutes } from './routes/audit.ts';
import { authRoutes } from './routes/auth.ts';
import { catalogPackRoutes } from './routes/catalog-packs.ts';
import { divisionRoutes } from './routes/divisions.ts';
import { keyRoutes, wellKnownRoutes } from './routes/keys.ts';
import { loginLockRoutes } from './routes/login-locks.ts';
import { metaRoutes } from './routes/meta.ts';
import { orgAdminRoutes } from './routes/org-admin.ts';
import { orgRoutes } from './routes/orgs.ts';
import { publicRoutes } from './routes/public.ts';
import { resubmitRoutes } from './routes/resubmit.ts';
import { reviewRoutes } from './routes/review.ts';
import { sessionRoutes } from './routes/sessions.ts';
import { statsRoutes } from './routes/stats.ts';
import { taskRoutes } from './routes/tasks.ts';
import { masterDataRoutes } from './routes/master-data.ts';
import { submissionRoutes } from './routes/submissions.ts';
import { uploadRoutes } from './routes/uploads.ts';
import { isUploadPath } from './http/upload-path.ts';
import { userRoutes } from './routes/users.ts';
import { DEFAULT_UPLOAD_QUOTAS } from './uploads/upload-quota.ts';

export type { AppOptions } from './http/context.ts';

const JSON_LIMIT = 2 * 1024 * 1024;
const BODILESS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Builds the whole HTTP surface: the API under /api/v1 with its OpenAPI document,
 * then the built front ends. Everything outside comes in through `options`.
 */
export function createApp(options: AppOptions) {
  const deps: Deps = {
    storage: options.storage,
    clock: options.clock ?? systemClock,
    secureCookies: options.secureCookies ?? false,
    idleMs: (options.session?.idleMinutes ?? 120) * 60_000,
    absoluteMs: (options.session?.absoluteHours ?? 12) * 3600_000,
    loginPolicy: loginPolicy(options.login),
    rateLimits: { ...DEFAULT_RATE_LIMITS, ...options.rateLimits },
    trustFetchAllow: options.trustFetchAllow ?? [],
    resultCodes: options.resultCodes ?? temporaryResultCodeService(),
    workCalendar: {
      holidays: new Set(options.workCalendar?.holidays ?? []),
      workingWeekends: new Set(options.workCalendar?.workingWeekends ?? []),
    },
    packUploads: options.packUploads ?? true,
    reminderSender: options.reminderSender ?? createLoggingSender(),
    uploadQuotas: { ...DEFAULT_UPLOAD_QUOTAS, ...options.uploadQuotas },
    timeZone: options.timeZone ?? 'Asia/Shanghai',
    utcOffsetMinutes: options.utcOffsetMinutes ?? 480,
    logger: options.logger ?? silentLogger,
    lifecycle: options.lifecycle ?? ALWAYS_RUNNING,
  };
  // Sub-apps' routes are added to this app's router when mounted; it alone matches requests,
  // and each match it remembers runs as one layer (`one-layer.ts`).
  const answerError = errorAnswer(options.logger);
  const router = cachedRouter(new TrieRouter<Layer>(), (match) => oneLayer(match, answerError));
  const app = new OpenAPIHono<AppEnv>({ router });
  app.use('*', everyRequest(deps, options.trustProxy ?? false));
  // Resident pages carry their published app inline: compress them like the API's JSON.
  app.use('/a/*', compressJson({ types: /^text\/html/ }));
  const jsonLimit = bodyLimit({
    maxSize: JSON_LIMIT,
    onError: () => {
      throw tooLarge();
    },
  });
  // Uploads carry files far above the JSON limit; their route sets its own from the app's fields.
  // A GET has no body to limit, and asking for one makes @hono/node-server build a full Request;
  // a declared length is checked from the header alone (the body is then read straight off Node).
  const limitJson: MiddlewareHandler<AppEnv> = (c, next) => {
    if (BODILESS.has(c.req.method) || isUploadPath(c.req.path)) return next();
    if (!declaresLength(c)) return jsonLimit(c, next);
    if (Number(requestHeader(c, 'content-length')) > JSON_LIMIT) throw tooLarge();
    return next();
  };
  // What every API request passes through, in this order.
  app.use('/api/*', compressJson(), limitJson, sessionMiddleware);
  for (const path of WIDGET_FILE_PATHS) app.use(path, widgetCors);

  const api = new OpenAPIHono<AppEnv>();
  for (const sub of [
    metaRoutes(),
    authRoutes(),
    loginLockRoutes(),
    sessionRoutes(),
    orgAdminRoutes(),
    orgRoutes(),
    userRoutes(),
    divisionRoutes(),
    appRoutes(),
    appLifecycleRoutes(),
    templateRoutes(),
    blockRoutes(),
    submissionRoutes(),
    exportRoutes(),
    unmaskRoutes(),
    deleteSubmissionRoutes(),
    publicRoutes(),
    uploadRoutes(),
    auditRoutes(),
    keyRoutes(),
    trustListRoutes(),
    reviewRoutes(),
    resubmitRoutes(),
    catalogPackRoutes(),
    packUpgradeRoutes(),
    statsRoutes(),
    taskRoutes(),
    taskPeriodRoutes(),
    taskAssigneeRoutes(),
    masterDataRoutes(),
  ]) {
    api.route('/', sub);
  }
  app.route('/api/v1', api);
  app.doc31('/api/v1/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'Sprout (萌芽) API', version: '1' },
    servers: [{ url: '/' }],
  });
  app.route('/', wellKnownRoutes());
  app.all('/api/*', () => {
    throw new Problem(404, { 'zh-CN': '没有这个接口', en: 'No such API route' });
  });
  mountPackFiles(app);
  mountFrontEnds(app, options.dist ?? {}, deps.logger);

  app.onError(answerError);
  return app;
}

const tooLarge = () => new Problem(413, { 'zh-CN': '请求内容过大', en: 'The request body is too large' });

export type SproutApp = ReturnType<typeof createApp>;
