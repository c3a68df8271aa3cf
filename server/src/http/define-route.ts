import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import { z } from 'zod';
import { joinPath } from '@sprout/shared/result';
import { checkCsrf } from '../auth/session-middleware.ts';
import type { Role } from '../storage/types.ts';
import { type AppEnv, hasRole, type SessionInfo } from './context.ts';
import { isJsonContentType, MAX_JSON_DEPTH, nestsDeeperThan } from './json-body.ts';
import { requestHeader, requestText } from './node-request.ts';
import { forbidden, invalid, notFound, Problem } from './problem.ts';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Schema = z.ZodType | undefined;
type Infer<S extends Schema> = S extends z.ZodType ? z.infer<S> : undefined;

export interface RouteSpec<B extends Schema, Q extends Schema> {
  method: Method;
  /** Hono style, relative to the sub-app: `/apps/:id/draft`. */
  path: string;
  summary: string;
  tag: string;
  /** `public`: no login; `session`: any official; a role list: one of them (admin always passes). */
  auth: 'public' | 'session' | readonly Role[];
  body?: B;
  query?: Q;
  /** Status → description, with an optional JSON schema of the answer. */
  responses: Record<number, string | { description: string; schema?: z.ZodType; contentType?: string }>;
  middleware?: MiddlewareHandler<AppEnv>[];
  /** Open to an official whose password someone else chose and who has not changed it yet. */
  beforePasswordChange?: true;
}

export interface RouteInput<B extends Schema, Q extends Schema> {
  body: Infer<B>;
  query: Infer<Q>;
}

/** The caller's session after `auth` was checked; handlers of non-public routes use it. */
export function sessionOf(c: Context<AppEnv>): SessionInfo {
  const s = c.get('session');
  if (!s) throw new Error('sessionOf called on a public route: give the route an `auth`');
  return s;
}

const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number(),
  detail: z.string(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});

function toResponses(spec: RouteSpec<Schema, Schema>) {
  const out: Record<string, object> = {};
  for (const [status, r] of Object.entries(spec.responses)) {
    const { description, schema, contentType } = typeof r === 'string' ? { description: r } : r;
    const isError = Number(status) >= 400;
    const s = schema ?? (isError ? problemSchema : undefined);
    const type = contentType ?? (isError ? 'application/problem+json' : 'application/json');
    out[status] = s ? { description, content: { [type]: { schema: s } } } : { description };
  }
  return out;
}

function paramsSchema(path: string) {
  const names = [...path.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1] as string);
  return names.length ? z.object(Object.fromEntries(names.map((n) => [n, z.string()]))) : undefined;
}

/** Parses a schema's input into issues with the same paths shared uses. */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  throw invalid(
    r.error.issues.map((i) => ({ path: joinPath(...(i.path as Array<string | number>)), message: i.message })),
  );
}

async function readJson(c: Context<AppEnv>): Promise<unknown> {
  if (!isJsonContentType(requestHeader(c, 'content-type'))) {
    throw new Problem(415, {
      'zh-CN': '请以 JSON 格式发送（Content-Type: application/json）',
      en: 'Send the body as application/json (the Content-Type header)',
    });
  }
  const text = await requestText(c);
  if (nestsDeeperThan(text, MAX_JSON_DEPTH)) {
    throw new Problem(400, {
      'zh-CN': `JSON 嵌套层数超过 ${MAX_JSON_DEPTH} 层`,
      en: `The JSON body nests deeper than ${MAX_JSON_DEPTH} levels`,
    });
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new Problem(400, { 'zh-CN': 'JSON 格式不正确', en: 'The body is not valid JSON' });
  }
}

/**
 * Registers a route twice from one spec: as a hono handler (auth, body and query
 * parsed) and in the OpenAPI registry, so the document cannot drift from the routes.
 */
export function defineRoute<B extends Schema = undefined, Q extends Schema = undefined>(
  app: OpenAPIHono<AppEnv>,
  spec: RouteSpec<B, Q>,
  handler: (c: Context<AppEnv>, input: RouteInput<B, Q>) => Response | Promise<Response>,
): void {
  const params = paramsSchema(spec.path);
  app.openAPIRegistry.registerPath({
    method: spec.method,
    path: spec.path.replace(/:([A-Za-z]+)/g, '{$1}'),
    summary: spec.summary,
    tags: [spec.tag],
    ...(spec.auth === 'public' ? { security: [] } : { security: [{ session: [] }] }),
    request: {
      ...(params ? { params } : {}),
      ...(spec.query ? { query: spec.query as never } : {}),
      ...(spec.body ? { body: { content: { 'application/json': { schema: spec.body } }, required: true } } : {}),
    },
    responses: toResponses(spec as RouteSpec<Schema, Schema>) as never,
  });
  const guard: MiddlewareHandler<AppEnv> = async (c, next) => {
    if (spec.auth !== 'public') {
      const session = c.get('session');
      if (!session) throw new Problem(401, { 'zh-CN': '请先登录', en: 'Sign in first' });
      checkCsrf(c.req.method, c.req.header('x-csrf-token'), session.csrfToken);
      if (session.user.mustChangePassword && !spec.beforePasswordChange) throw mustChangePassword();
      if (spec.auth !== 'session' && !hasRole(session.user, spec.auth)) throw forbidden();
    }
    await next();
  };
  const answer: MiddlewareHandler<AppEnv> = async (c) => {
    const body = spec.body ? parseWith(spec.body, await readJson(c)) : undefined;
    const query = spec.query ? parseWith(spec.query, c.req.query()) : undefined;
    return handler(c, { body, query } as RouteInput<B, Q>);
  };
  // A public route has nothing to guard: no layer for it, which every request would step through.
  const guards = spec.auth === 'public' ? [] : [guard];
  const handlers = [...guards, ...(spec.middleware ?? []), answer] as [MiddlewareHandler<AppEnv>];
  app.on(spec.method.toUpperCase(), spec.path, ...handlers);
}

const mustChangePassword = () =>
  new Problem(403, {
    'zh-CN': '请先修改初始密码（由他人设置的密码需要本人更换）',
    en: 'Change the password someone else set for you first',
  });

/** A numeric id from the path; anything else is simply not found. */
export function idParam(c: Context<AppEnv>, name: string): number {
  const raw = c.req.param(name) ?? '';
  if (!/^[1-9]\d{0,15}$/.test(raw)) throw notFound();
  return Number(raw);
}
