import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { ShareTemplateBody, TemplateSummaryView, TemplateView, UseTemplateBody } from '@sprout/shared/api';
import { z } from 'zod';
import { slugToken } from '../auth/tokens.ts';
import { audit } from '../http/audit.ts';
import type { AppEnv } from '../http/context.ts';
import { defineRoute, idParam, sessionOf } from '../http/define-route.ts';
import { notFound, Problem } from '../http/problem.ts';
import type { Template, TemplateSummary } from '../storage/types.ts';
import { scopedApp } from '../http/app-lookup.ts';
import { validDefinition } from '../http/valid-definition.ts';

/** Use counts are the publishing org's figure: other orgs see the template, not how it is used. */
function forCaller(t: TemplateSummary, orgId: number): TemplateSummaryView {
  const { id, orgId: owner, orgName, title, description, publishedAt, useCount } = t;
  const view = { id, orgId: owner, orgName, title, description, publishedAt };
  return owner === orgId ? { ...view, useCount } : view;
}

const templateView = (t: Template, orgId: number): TemplateView => ({
  ...forCaller(t, orgId),
  definition: t.definition,
});

/** 模板中心: apps an org publishes for its subtree to copy (县 → 乡镇 → 村), and creating an app from one. */
export function templateRoutes() {
  const app = new OpenAPIHono<AppEnv>();

  defineRoute(
    app,
    {
      method: 'get',
      path: '/templates',
      summary: 'Templates the caller’s org may use: its own and those of every org above it',
      tag: 'templates',
      auth: 'session',
      responses: {
        200: {
          description: 'the templates (useCount only on the caller’s own org’s templates)',
          answer: 'TemplateList',
        },
      },
    },
    listTemplates,
  );

  defineRoute(
    app,
    {
      method: 'get',
      path: '/templates/:id',
      summary: 'One template with its definition, for the preview',
      tag: 'templates',
      auth: 'session',
      responses: {
        200: { description: 'the template', answer: 'TemplateView' },
        404: 'no such template above the caller’s org',
      },
    },
    getTemplate,
  );

  defineRoute(
    app,
    {
      method: 'post',
      path: '/apps/:id/template',
      summary: 'Publish an app’s latest published version as a template for the org’s subtree',
      tag: 'templates',
      auth: ['builder'],
      body: z.object({ title: z.string().min(1).max(100).optional(), description: z.string().max(500).optional() }),
      responses: {
        201: { description: 'the template', answer: 'TemplateView' },
        404: 'not in the caller’s subtree',
        409: 'never published',
      },
    },
    (c, { body }) => shareTemplate(c, body),
  );

  defineRoute(
    app,
    {
      method: 'post',
      path: '/templates/:id/use',
      summary: '用此模板: create an app in the caller’s org from a template',
      tag: 'templates',
      auth: ['builder'],
      body: z.object({ title: z.string().min(1).max(100).optional() }),
      responses: {
        201: { description: 'the new app with its draft', answer: 'AppDetail' },
        404: 'no such template above the caller’s org',
        422: 'the template no longer validates',
      },
    },
    (c, { body }) => useTemplate(c, body),
  );

  return app;
}

async function listTemplates(c: Context<AppEnv>): Promise<Response> {
  const orgId = sessionOf(c).user.orgId;
  const items = await c.get('deps').storage.templates.visibleTo(orgId);
  return c.json({ items: items.map((t) => forCaller(t, orgId)) });
}

async function getTemplate(c: Context<AppEnv>): Promise<Response> {
  const orgId = sessionOf(c).user.orgId;
  const found = await c.get('deps').storage.templates.get(idParam(c, 'id'), orgId);
  if (!found) throw notFound();
  return c.json(templateView(found, orgId));
}

async function shareTemplate(c: Context<AppEnv>, body: ShareTemplateBody): Promise<Response> {
  const { storage, clock } = c.get('deps');
  const found = await scopedApp(c);
  const version =
    found.publishedVersion === null ? undefined : await storage.apps.version(found.id, found.publishedVersion);
  if (!version) {
    throw new Problem(409, {
      'zh-CN': '应用发布后才能作为模板',
      en: 'Publish the app before sharing it as a template',
    });
  }
  const created = await storage.templates.publish({
    orgId: found.orgId,
    sourceAppId: found.id,
    title: body.title ?? found.title,
    description: body.description ?? '',
    definition: version.definition,
    publishedBy: sessionOf(c).user.id,
    now: clock.now().toISOString(),
  });
  const target = { type: 'template', id: created.id, orgId: found.orgId };
  await audit(c, 'template.publish', target, { appId: found.id, version: version.version });
  return c.json(templateView(created, sessionOf(c).user.orgId), 201);
}

async function useTemplate(c: Context<AppEnv>, body: UseTemplateBody): Promise<Response> {
  const { storage, clock } = c.get('deps');
  const user = sessionOf(c).user;
  const template = await storage.templates.get(idParam(c, 'id'), user.orgId);
  if (!template) throw notFound();
  const title = body.title ?? template.title;
  const draft = validDefinition(c, { ...template.definition, meta: { ...template.definition.meta, title } });
  const created = await storage.apps.create({
    orgId: user.orgId,
    slug: slugToken(),
    title,
    draft,
    createdBy: user.id,
    now: clock.now().toISOString(),
  });
  await storage.templates.recordUse(template.id);
  await audit(c, 'app.create', { type: 'app', id: created.id, orgId: user.orgId }, { title, templateId: template.id });
  await audit(c, 'template.use', { type: 'template', id: template.id, orgId: template.orgId }, { appId: created.id });
  return c.json(created, 201);
}
