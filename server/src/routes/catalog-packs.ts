import { OpenAPIHono } from '@hono/zod-openapi';
import type { RuntimeCatalog } from '@sprout/shared/api';
import type { Context } from 'hono';
import { z } from 'zod';
import { audit } from '../http/audit.ts';
import type { AppEnv } from '../http/context.ts';
import { defineRoute, idParam, sessionOf } from '../http/define-route.ts';
import { forbidden, invalid, notFound, Problem } from '../http/problem.ts';
import { blockNotice } from '../packs/block-notice.ts';
import { carryApprovals } from '../packs/carry-approvals.ts';
import { installPack } from '../packs/install-pack.ts';
import { availableUpgrades } from '../packs/available-upgrades.ts';
import { packsForApp, packsForOrg, runtimePacks } from '../packs/pack-catalog.ts';
import { packView } from '../packs/pack-view.ts';
import { PACK_LIMITS } from '@sprout/shared/catalog/pack';
import type { PackRecord } from '../storage/pack-types.ts';
import { scopedApp } from '../http/app-lookup.ts';
import { isTopAdmin } from '../http/top-admin.ts';

const orgBody = z.object({ orgId: z.number().int().positive().optional() });

/** 组件中台: install (vendors, admins), approve / withdraw per subtree, block, trust, list. */
export function catalogPackRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  defineRoute(
    app,
    {
      method: 'post',
      path: '/catalog/packs',
      summary: 'Install a component pack (.tgz body); refused with the path of every problem',
      tag: 'catalog',
      auth: ['vendor'],
      responses: {
        201: { description: 'the installed pack', answer: 'PackView' },
        403: 'uploads are off (SPROUT_PACK_UPLOADS=off) or the role may not upload',
        409: 'that name and version is already installed',
        413: 'the archive is over the limit',
        415: 'not application/gzip',
        422: 'the archive or its manifest is refused; errors name each path',
      },
    },
    uploadPack,
  );
  defineRoute(
    app,
    {
      method: 'get',
      path: '/catalog/packs',
      summary: 'Installed packs: all for admins, own uploads for vendors, approved ones for other roles',
      tag: 'catalog',
      auth: 'session',
      responses: { 200: { description: 'the packs visible to the caller', answer: 'PackList' } },
    },
    listPacks,
  );
  defineRoute(
    app,
    {
      method: 'get',
      path: '/catalog/packs/:id',
      summary: 'One installed pack version',
      tag: 'catalog',
      auth: 'session',
      responses: {
        200: { description: 'the pack', answer: 'PackView' },
        404: 'no such pack, or not visible to the caller',
      },
    },
    async (c) => c.json(await viewFor(c, await visiblePack(c))),
  );
  defineRoute(
    app,
    {
      method: 'get',
      path: '/catalog',
      summary: 'The pack components the caller’s org may use (the palette beyond the core)',
      tag: 'catalog',
      auth: 'session',
      responses: { 200: { description: 'the packs the editor may offer', answer: 'RuntimeCatalog' } },
    },
    async (c) => {
      const { storage } = c.get('deps');
      return c.json({
        packs: runtimePacks(await packsForOrg(storage.packs, sessionOf(c).user.orgId)),
      } satisfies RuntimeCatalog);
    },
  );
  defineRoute(
    app,
    {
      method: 'get',
      path: '/apps/:id/catalog',
      summary: 'The packs the builder of this app may use: approved for the app’s org, plus the versions it pins',
      tag: 'catalog',
      auth: 'session',
      responses: {
        200: { description: 'the packs the app’s editor may offer', answer: 'RuntimeCatalog' },
        404: 'not in the caller’s subtree',
      },
    },
    async (c) => {
      const found = await scopedApp(c);
      return c.json({
        packs: runtimePacks(await packsForApp(c.get('deps').storage.packs, found)),
      } satisfies RuntimeCatalog);
    },
  );
  defineRoute(
    app,
    {
      method: 'get',
      path: '/apps/:id/pack-upgrades',
      summary: 'Newer approved versions of the packs this app’s draft uses, each with what would change',
      tag: 'catalog',
      auth: 'session',
      responses: {
        200: { description: 'newer approved versions and what they change', answer: 'PackUpgradeList' },
        404: 'not in the caller’s subtree',
      },
    },
    async (c) => {
      const { packs } = c.get('deps').storage;
      const found = await scopedApp(c);
      return c.json({ items: await availableUpgrades(packs, found) });
    },
  );
  for (const action of ['approve', 'withdraw'] as const) {
    defineRoute(
      app,
      {
        method: 'post',
        path: `/catalog/packs/:id/${action}`,
        summary:
          action === 'approve'
            ? '上架: approve the pack version for an org subtree (the caller’s org by default)'
            : '下架: withdraw the approval at that org; published apps keep working',
        tag: 'catalog',
        auth: ['admin'],
        body: orgBody,
        responses: {
          200: { description: 'the pack after the step', answer: 'PackView' },
          404: 'no such pack or org',
          409: 'blocked or incompatible / nothing to withdraw',
        },
      },
      action === 'approve' ? approvePack : withdrawPack,
    );
  }
  defineRoute(
    app,
    {
      method: 'post',
      path: '/catalog/packs/:id/block',
      summary: 'Security block: apps using the pack show a safe fallback; their owners are told',
      tag: 'catalog',
      auth: ['admin'],
      body: z.object({ reason: z.string().trim().min(2).max(500) }),
      responses: {
        200: { description: 'the pack after the step', answer: 'PackView' },
        403: 'only admins of the top-level org',
      },
    },
    blockPack,
  );
  defineRoute(
    app,
    {
      method: 'post',
      path: '/catalog/packs/:id/trust',
      summary: 'Marks the pack trusted (widgets in the page) or untrusted (sandboxed iframe)',
      tag: 'catalog',
      auth: ['admin'],
      body: z.object({ trusted: z.boolean() }),
      responses: {
        200: { description: 'the pack after the step', answer: 'PackView' },
        403: 'only admins of the top-level org',
      },
    },
    trustPack,
  );
  return app;
}

async function uploadPack(c: Context<AppEnv>): Promise<Response> {
  const { storage, clock, packUploads } = c.get('deps');
  if (!packUploads)
    throw new Problem(403, { 'zh-CN': '本平台已关闭组件包上传', en: 'Pack uploads are turned off on this deployment' });
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/(gzip|x-gzip|octet-stream)\b/.test(type))
    throw new Problem(415, { 'zh-CN': '请以 .tgz（application/gzip）上传', en: 'Upload the .tgz as application/gzip' });
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  if (bytes.length > PACK_LIMITS.archiveBytes)
    throw new Problem(413, { 'zh-CN': '组件包超过大小限制', en: 'The pack is over the size limit' });
  const user = sessionOf(c).user;
  const outcome = await installPack(storage.packs, {
    bytes,
    uploader: { id: user.id, orgId: user.orgId },
    now: clock.now().toISOString(),
    locale: c.get('locale'),
  });
  if (outcome.kind === 'refused') throw invalid(outcome.issues);
  if (outcome.kind === 'exists')
    throw new Problem(409, {
      'zh-CN': `${outcome.name}@${outcome.version} 已安装；请提高版本号后再上传`,
      en: `${outcome.name}@${outcome.version} is installed; raise the version to upload again`,
    });
  const pack = outcome.pack;
  await audit(
    c,
    'pack.upload',
    { type: 'pack', id: pack.id },
    { name: pack.name, version: pack.version, sha256: pack.sha256 },
  );
  const carried = await carryApprovals(storage.packs, pack, clock.now().toISOString());
  for (const orgId of carried) {
    const detail = { name: pack.name, version: pack.version, carriedOver: true };
    await audit(c, 'pack.approve', { type: 'pack', id: pack.id, orgId }, detail);
  }
  return c.json(await viewFor(c, pack), 201);
}

async function listPacks(c: Context<AppEnv>): Promise<Response> {
  const { storage } = c.get('deps');
  const user = sessionOf(c).user;
  let packs: PackRecord[];
  if (user.roles.includes('admin')) packs = await storage.packs.list();
  else if (user.roles.includes('vendor')) packs = (await storage.packs.list()).filter((p) => p.uploadedBy === user.id);
  else packs = await storage.packs.approvedFor(user.orgId);
  return c.json({ items: await Promise.all(packs.map((p) => viewFor(c, p))) });
}

/** A pack the caller may see: admins any, vendors their own uploads, others those approved for them. */
async function visiblePack(c: Context<AppEnv>): Promise<PackRecord> {
  const { storage } = c.get('deps');
  const user = sessionOf(c).user;
  const pack = await storage.packs.get(idParam(c, 'id'));
  if (!pack) throw notFound();
  if (user.roles.includes('admin') || pack.uploadedBy === user.id) return pack;
  if ((await storage.packs.approvedFor(user.orgId)).some((p) => p.id === pack.id)) return pack;
  throw notFound();
}

/** Approvals and uses inside the caller's subtree (and approvals above it, which reach it). */
async function viewFor(c: Context<AppEnv>, pack: PackRecord) {
  const { storage } = c.get('deps');
  const user = sessionOf(c).user;
  const subtree = new Set((await storage.orgs.subtree({ orgId: user.orgId })).map((o) => o.id));
  const above = new Set((await storage.orgs.ancestors(user.orgId)).map((o) => o.id));
  const approvals = (await storage.packs.approvals(pack.id)).filter((a) => subtree.has(a.orgId) || above.has(a.orgId));
  const uses = (await storage.packs.usage(pack.id)).filter((u) => subtree.has(u.orgId));
  return packView(pack, approvals, uses);
}

async function adminTarget(c: Context<AppEnv>, orgId: number | undefined) {
  const { storage } = c.get('deps');
  const pack = await storage.packs.get(idParam(c, 'id'));
  const org = await storage.orgs.get(orgId ?? sessionOf(c).user.orgId, c.get('orgScope')!);
  if (!pack) throw notFound();
  if (!org)
    throw invalid([
      {
        path: 'orgId',
        message: c.get('locale') === 'en' ? 'No such org in your subtree' : '组织不存在或不在您的管辖范围内',
      },
    ]);
  return { pack, org };
}

async function approvePack(c: Context<AppEnv>, { body }: { body: z.infer<typeof orgBody> }): Promise<Response> {
  const { storage, clock } = c.get('deps');
  const { pack, org } = await adminTarget(c, body.orgId);
  const view = await viewFor(c, pack);
  if (view.state === 'blocked' || view.state === 'incompatible')
    throw new Problem(409, {
      'zh-CN': `该组件包不能上架：${view.blockReason}`,
      en: `This pack cannot be approved: ${view.blockReason}`,
    });
  await storage.packs.approve(pack.id, org.id, sessionOf(c).user.id, clock.now().toISOString());
  await audit(
    c,
    'pack.approve',
    { type: 'pack', id: pack.id, orgId: org.id },
    { name: pack.name, version: pack.version, capabilities: view.capabilities },
  );
  return c.json(await viewFor(c, pack));
}

async function withdrawPack(c: Context<AppEnv>, { body }: { body: z.infer<typeof orgBody> }): Promise<Response> {
  const { storage, clock } = c.get('deps');
  const { pack, org } = await adminTarget(c, body.orgId);
  if (!(await storage.packs.withdraw(pack.id, org.id, clock.now().toISOString())))
    throw new Problem(409, { 'zh-CN': '该组织没有上架此组件包', en: 'This pack is not approved at that org' });
  await audit(
    c,
    'pack.withdraw',
    { type: 'pack', id: pack.id, orgId: org.id },
    { name: pack.name, version: pack.version },
  );
  return c.json(await viewFor(c, pack));
}

async function requireDeploymentAdmin(c: Context<AppEnv>): Promise<void> {
  if (!(await isTopAdmin(c))) throw forbidden();
}

async function blockPack(c: Context<AppEnv>, { body }: { body: { reason: string } }): Promise<Response> {
  await requireDeploymentAdmin(c);
  const { storage, clock } = c.get('deps');
  const pack = await storage.packs.get(idParam(c, 'id'));
  if (!pack) throw notFound();
  await storage.packs.block(pack.id, body.reason, clock.now().toISOString());
  await audit(
    c,
    'pack.block',
    { type: 'pack', id: pack.id },
    { name: pack.name, version: pack.version, reason: body.reason },
  );
  // The owners hear of it where they look: a notice to the org of each app that uses the
  // pack (their to-do page), and an entry in that org's audit log.
  const uses = await storage.packs.usage(pack.id);
  for (const use of uses) {
    await audit(
      c,
      'app.pack-blocked',
      { type: 'app', id: use.appId, orgId: use.orgId },
      { pack: `${pack.name}@${pack.version}`, reason: body.reason },
    );
  }
  const now = clock.now().toISOString();
  await storage.notices.add(
    uses.map((use) => ({
      orgId: use.orgId,
      taskId: null,
      periodKey: null,
      message: blockNotice(pack, use, body.reason),
      createdAt: now,
      createdBy: sessionOf(c).user.id,
    })),
  );
  return c.json(await viewFor(c, (await storage.packs.get(pack.id)) as PackRecord));
}

async function trustPack(c: Context<AppEnv>, { body }: { body: { trusted: boolean } }): Promise<Response> {
  await requireDeploymentAdmin(c);
  const { storage } = c.get('deps');
  const pack = await storage.packs.get(idParam(c, 'id'));
  if (!pack) throw notFound();
  await storage.packs.setTrusted(pack.id, body.trusted);
  await audit(
    c,
    body.trusted ? 'pack.trust' : 'pack.untrust',
    { type: 'pack', id: pack.id },
    { name: pack.name, version: pack.version },
  );
  return c.json(await viewFor(c, (await storage.packs.get(pack.id)) as PackRecord));
}
