import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context, Handler, MiddlewareHandler } from 'hono';
import { z } from 'zod';
import type { ApiAnswerName } from '@sprout/shared/api';
import { joinPath } from '@sprout/shared/result';
import { checkCsrf } from '../auth/session-middleware.ts';
import type { Role } from '../storage/types.ts';
import { type AppEnv, hasRole, type SessionInfo } from './context.ts';
import { isJsonContentType, MAX_JSON_DEPTH, nestsDeeperThan } from './json-body.ts';
import { requestHeader, requestText } from './node-request.ts';
import { ANSWER_SCHEMAS, answerRef, schemasReachedFrom } from '../openapi/answer-schemas.ts';
import { forbidden, invalid, notFound, Problem } from './problem.ts';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Schema = z.ZodType | undefined;
type Infer<S extends Schema> = S extends z.ZodType ? z.infer<S> : undefined;

/** A JSON answer, named by its shared wire type (`ApiAnswers` in shared/src/api/answers.ts). */
export interface JsonAnswer {
  description: string;
  answer: ApiAnswerName;
}

/** A body that is not JSON: a download (CSV, XLSX, ZIP, a resident's file) named by its content type. */
export interface FileAnswer {
  description: string;
  contentType: string;
}

/** The statuses that answer with a body; each must say what the body is. */
type BodyStatus = 200 | 201 | 202;

/**
 * Status → what it answers. A 200/201/202 names its JSON wire type or its content type;
 * other statuses (204, 304, errors) are a description (errors answer a problem+json).
 */
export type RouteResponses = { [S in BodyStatus]?: JsonAnswer | FileAnswer } & Record<
  number,
  string | JsonAnswer | FileAnswer
>;

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
  responses: RouteResponses;
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

/** A download's body as OpenAPI 3.1 says "bytes of this type". */
const fileSchema = (contentType: string) => ({ type: 'string', contentMediaType: contentType.split(';')[0] });

/** What a status answers in the document: its wire type (errors: the problem), a file, or nothing (204, 304). */
function responseContent(app: OpenAPIHono<AppEnv>, status: number, r: string | JsonAnswer | FileAnswer) {
  if (typeof r !== 'string' && 'contentType' in r) return { [r.contentType]: { schema: fileSchema(r.contentType) } };
  const answer = typeof r !== 'string' ? r.answer : status >= 400 ? 'Problem' : undefined;
  if (!answer) return undefined;
  registerSchemas(app, answer);
  const type = answer === 'Problem' ? 'application/problem+json' : 'application/json';
  return { [type]: { schema: answerRef(answer) } };
}

/** The OpenAPI responses of a route; every wire schema they name is registered with the app's components. */
function toResponses(app: OpenAPIHono<AppEnv>, spec: RouteSpec<Schema, Schema>) {
  const out: Record<string, object> = {};
  for (const [key, r] of Object.entries(spec.responses)) {
    const content = responseContent(app, Number(key), r);
    out[key] = { description: typeof r === 'string' ? r : r.description, ...(content ? { content } : {}) };
  }
  return out;
}

const registered = new WeakMap<OpenAPIHono<AppEnv>, Set<string>>();

function registerSchemas(app: OpenAPIHono<AppEnv>, answer: ApiAnswerName) {
  const done = registered.get(app) ?? new Set<string>();
  registered.set(app, done);
  for (const name of schemasReachedFrom(answer)) {
    if (done.has(name)) continue;
    done.add(name);
    app.openAPIRegistry.registerComponent('schemas', name, ANSWER_SCHEMAS[name] as never);
  }
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
    responses: toResponses(app, spec as RouteSpec<Schema, Schema>) as never,
  });
  // Not async: it only checks, then passes on, adding no promise step of its own.
  const guard: MiddlewareHandler<AppEnv> = (c, next) => {
    if (spec.auth !== 'public') {
      const session = c.get('session');
      if (!session) throw new Problem(401, { 'zh-CN': '请先登录', en: 'Sign in first' });
      checkCsrf(c.req.method, requestHeader(c, 'x-csrf-token'), session.csrfToken);
      if (session.user.mustChangePassword && !spec.beforePasswordChange) throw mustChangePassword();
      if (spec.auth !== 'session' && !hasRole(session.user, spec.auth)) throw forbidden();
    }
    return next();
  };
  const queryOf = (c: Context<AppEnv>) => (spec.query ? parseWith(spec.query, c.req.query()) : undefined);
  // A route without a body answers without an async step of its own (no promise, no microtask).
  const answer: Handler<AppEnv> = spec.body
    ? async (c) => {
        const body = parseWith(spec.body as z.ZodType, await readJson(c));
        return handler(c, { body, query: queryOf(c) } as RouteInput<B, Q>);
      }
    : (c) => handler(c, { body: undefined, query: queryOf(c) } as RouteInput<B, Q>);
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
