import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { z } from 'zod';
import { type AppNode, createBlankDefinition } from '@sprout/shared/definition';
import type { BlockVersionAdded, BlockVersionView, BlockView } from '@sprout/shared/api';
import { audit } from '../http/audit.ts';
import type { AppEnv } from '../http/context.ts';
import { defineRoute, idParam, sessionOf } from '../http/define-route.ts';
import { notFound } from '../http/problem.ts';
import type { Block } from '../storage/types.ts';
import { validDefinition } from '../http/valid-definition.ts';

const nodes = z.array(z.record(z.string(), z.unknown())).min(1).max(200);

/**
 * A block passes the same validation as a definition, on its own: a one-page app of its
 * nodes. So its conditions may only read its own fields, and it works wherever it is inserted.
 */
function validBlockNodes(c: Context<AppEnv>, raw: unknown[]): AppNode[] {
  const doc = createBlankDefinition('区块');
  const page = { id: 'block', nodes: raw as unknown as AppNode[] };
  return validDefinition(c, { ...doc, pages: [page] }).pages[0]?.nodes ?? [];
}

/** Use counts are for the owning org. */
function forCaller(b: Block, orgId: number): BlockView {
  const { useCount, ...rest } = b;
  return b.orgId === orgId ? { ...rest, useCount } : rest;
}

/** 区块: groups of nodes an org keeps in its library, versioned, inserted by the orgs below it. */
export function blockRoutes() {
  const app = new OpenAPIHono<AppEnv>();

  defineRoute(
    app,
    {
      method: 'get',
      path: '/blocks',
      summary: 'Blocks the caller’s org may insert: its own and those of every org above it, latest versions',
      tag: 'blocks',
      auth: 'session',
      responses: {
        200: { description: 'the blocks (useCount only on the caller’s own org’s blocks)', answer: 'BlockList' },
      },
    },
    listBlocks,
  );

  defineRoute(
    app,
    {
      method: 'get',
      path: '/blocks/:id/versions/:version',
      summary: 'The nodes of one version of a block, for the upgrade diff',
      tag: 'blocks',
      auth: 'session',
      responses: {
        200: { description: 'one version’s nodes', answer: 'BlockVersionView' },
        404: 'no such block or version above the caller’s org',
      },
    },
    blockVersion,
  );

  defineRoute(
    app,
    {
      method: 'post',
      path: '/blocks',
      summary: 'Save nodes as a block (version 1) in the caller’s org’s library',
      tag: 'blocks',
      auth: ['builder'],
      body: z.object({ name: z.string().trim().min(1).max(100), nodes }),
      responses: {
        201: { description: 'the new block', answer: 'BlockView' },
        422: 'the nodes do not validate on their own (paths under pages[0].nodes)',
      },
    },
    (c, { body }) => createBlock(c, body),
  );

  defineRoute(
    app,
    {
      method: 'post',
      path: '/blocks/:id/versions',
      summary: 'Save a new version of one of the caller’s org’s blocks',
      tag: 'blocks',
      auth: ['builder'],
      body: z.object({ nodes }),
      responses: {
        201: { description: 'the version added', answer: 'BlockVersionAdded' },
        404: 'not a block of the caller’s org',
        422: 'the nodes do not validate',
      },
    },
    (c, { body }) => addVersion(c, body),
  );

  defineRoute(
    app,
    {
      method: 'post',
      path: '/blocks/:id/use',
      summary: 'Count one insertion of a block into an app',
      tag: 'blocks',
      auth: ['builder'],
      responses: { 204: 'counted', 404: 'no such block above the caller’s org' },
    },
    countUse,
  );

  return app;
}

async function listBlocks(c: Context<AppEnv>): Promise<Response> {
  const orgId = sessionOf(c).user.orgId;
  const items = await c.get('deps').storage.blocks.visibleTo(orgId);
  return c.json({ items: items.map((b) => forCaller(b, orgId)) });
}

async function blockVersion(c: Context<AppEnv>): Promise<Response> {
  const version = idParam(c, 'version');
  const found = await c.get('deps').storage.blocks.version(idParam(c, 'id'), version, sessionOf(c).user.orgId);
  if (!found) throw notFound();
  return c.json({ version, nodes: found } satisfies BlockVersionView);
}

async function countUse(c: Context<AppEnv>): Promise<Response> {
  const { storage } = c.get('deps');
  const block = await storage.blocks.get(idParam(c, 'id'), sessionOf(c).user.orgId);
  if (!block) throw notFound();
  await storage.blocks.recordUse(block.id);
  await audit(c, 'block.use', { type: 'block', id: block.id, orgId: block.orgId }, { version: block.version });
  return c.body(null, 204);
}

async function createBlock(c: Context<AppEnv>, body: { name: string; nodes: unknown[] }): Promise<Response> {
  const { storage, clock } = c.get('deps');
  const user = sessionOf(c).user;
  const created = await storage.blocks.create({
    orgId: user.orgId,
    name: body.name,
    nodes: validBlockNodes(c, body.nodes),
    createdBy: user.id,
    now: clock.now().toISOString(),
  });
  await audit(c, 'block.create', { type: 'block', id: created.id, orgId: user.orgId }, { name: body.name });
  return c.json(forCaller(created, user.orgId), 201);
}

/** Only the owning org versions a block; the orgs below use it as it is. */
async function addVersion(c: Context<AppEnv>, body: { nodes: unknown[] }): Promise<Response> {
  const { storage, clock } = c.get('deps');
  const user = sessionOf(c).user;
  const block = await storage.blocks.get(idParam(c, 'id'), user.orgId);
  if (!block || block.orgId !== user.orgId) throw notFound();
  const version = await storage.blocks.addVersion(
    block.id,
    validBlockNodes(c, body.nodes),
    user.id,
    clock.now().toISOString(),
  );
  await audit(c, 'block.version', { type: 'block', id: block.id, orgId: block.orgId }, { version });
  return c.json({ version } satisfies BlockVersionAdded, 201);
}
