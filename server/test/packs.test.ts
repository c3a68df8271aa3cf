import { bankAccountPack } from '@sprout/examples/packs/bank-account';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, json, login, startTestServer, type TestServer } from './harness.ts';
import { bankAccountArchive, tgz } from './pack-archive.ts';

const BANK = bankAccountPack.components[0]!.type;

const widgetManifest = (version = '1.0.0') => ({
  name: '@demo/hello',
  version,
  vendor: { name: 'Demo' },
  componentApi: '^1.0.0',
  host: { react: '19.1.0' },
  components: [
    {
      type: 'demo.hello',
      title: { 'zh-CN': '问候', en: 'Hello' },
      category: 'basic',
      props: { label: { kind: 'text', label: { 'zh-CN': '标题', en: 'Label' }, localized: true } },
      value: { type: 'string', maxLength: 20 },
      defaultLevel: 'L1',
      mask: { kind: 'none' },
      capabilities: ['none'],
      widget: 'dist/hello.js',
    },
  ],
});

const upload = (client: Client, bytes: Uint8Array) =>
  client.fetch('/catalog/packs', { method: 'POST', headers: { 'content-type': 'application/gzip' }, body: bytes });

const appUsing = (type: string, reviewed = false) => ({
  schemaVersion: 2,
  meta: { title: '补贴发放登记' },
  pages: [{ id: 'p1', nodes: [{ id: 'n1', type, name: 'account', required: true, props: { label: '收款账户' } }] }],
  settings: {
    submitters: 'anyone',
    anonymous: false,
    oncePer: 'none',
    review: reviewed ? { required: true, timeLimitDays: 5 } : { required: false },
    resultCode: { issue: false },
    retentionDays: 365,
  },
});

async function createApp(client: Client, type: string) {
  const res = await client.fetch('/apps', {
    method: 'POST',
    json: { title: '补贴发放登记', definition: appUsing(type) },
  });
  expect(res.status).toBe(201);
  return json<{ id: number; slug: string }>(res);
}

/** An app with one 银行账户 field whose submissions wait for review, published. */
async function createReviewed(client: Client) {
  const definition = appUsing(BANK, true);
  const res = await client.fetch('/apps', { method: 'POST', json: { title: '补贴复核', definition } });
  const app = await json<{ id: number; slug: string }>(res);
  expect((await client.fetch(`/apps/${app.id}/publish`, { method: 'POST' })).status).toBe(201);
  return app;
}

async function createAndPublish(client: Client, type: string) {
  const created = await createApp(client, type);
  const published = await client.fetch(`/apps/${created.id}/publish`, { method: 'POST' });
  return { ...created, published };
}

describe('component packs: install, approve down the tree, pin, withdraw, block', () => {
  let server: TestServer;
  let admin: Client;
  let townAdmin: Client;
  let vendor: Client;
  let villageBuilder: Client;
  let siblingBuilder: Client;
  let bankId: number;

  beforeAll(async () => {
    server = await startTestServer();
    admin = await login(server.url, 'county-admin');
    townAdmin = await login(server.url, 'jingshan-admin');
    villageBuilder = await login(server.url, 'jingshancun-builder');
    siblingBuilder = await login(server.url, 'pingyao-builder');
    const orgs = await json<{ items: Array<{ id: number; code: string }> }>(await admin.fetch('/orgs'));
    const county = orgs.items.find((o) => o.code === '330110')!;
    const made = await admin.fetch('/users', {
      method: 'POST',
      json: {
        username: 'acme-vendor',
        displayName: 'Acme 组件',
        orgId: county.id,
        roles: ['vendor'],
        password: 'vendor-pass-1',
      },
    });
    expect(made.status).toBe(201);
    vendor = await login(server.url, 'acme-vendor', 'vendor-pass-1');
  });
  afterAll(() => server.close());

  it('lets a vendor install the 银行账户 example and audits it', async () => {
    const res = await upload(vendor, await bankAccountArchive());
    expect(res.status).toBe(201);
    const body = await json<{ id: number; name: string; state: string; sha256: string; components: unknown[] }>(res);
    expect(body).toMatchObject({ name: bankAccountPack.name, version: '1.0.0', state: 'pending', trusted: true });
    expect(body.sha256).toMatch(/^[0-9a-f]{64}$/);
    bankId = body.id;
    const again = await upload(vendor, await bankAccountArchive());
    expect(again.status).toBe(409);
    const log = await json<{ items: Array<{ action: string }> }>(await admin.fetch('/audit'));
    expect(log.items.map((e) => e.action)).toContain('pack.upload');
  });

  it('refuses builders uploading, and archives with escapes, links or a broken manifest, naming each path', async () => {
    expect((await upload(villageBuilder, await bankAccountArchive('9.0.0'))).status).toBe(403);

    const escapes = await tgz([
      { name: 'sprout-pack.json', body: JSON.stringify(widgetManifest()) },
      { name: '../../evil.js', body: 'alert(1)' },
      { name: 'dist/link.js', type: 'symlink', linkname: '/etc/passwd' },
    ]);
    const escaping = await upload(vendor, escapes);
    expect(escaping.status).toBe(422);
    expect(escaping.headers.get('content-type')).toContain('application/problem+json');
    expect((await json<{ errors: unknown[] }>(escaping)).errors).toEqual([
      { path: '../../evil.js', message: '文件路径越出压缩包或不合规范' },
      { path: 'dist/link.js', message: '只能包含普通文件和文件夹，不能有链接或设备文件' },
    ]);
    // The same refusal for a vendor who reads English: the paths stay, the words change.
    const inEnglish = await vendor.fetch('/catalog/packs', {
      method: 'POST',
      headers: { 'content-type': 'application/gzip', 'accept-language': 'en-GB,en;q=0.9,zh;q=0.5' },
      body: escapes,
    });
    expect(inEnglish.status).toBe(422);
    expect(await json(inEnglish)).toMatchObject({
      title: 'Invalid input',
      errors: [
        { path: '../../evil.js', message: 'The path escapes the archive or is not a plain relative path' },
        { path: 'dist/link.js', message: 'Only regular files and folders; no links or devices' },
      ],
    });
    const noManifest = await vendor.fetch('/catalog/packs', {
      method: 'POST',
      headers: { 'content-type': 'application/gzip', 'accept-language': 'en' },
      body: await tgz([{ name: 'README.md', body: '#' }]),
    });
    expect((await json<{ errors: unknown[] }>(noManifest)).errors).toEqual([
      { path: 'sprout-pack.json', message: 'No sprout-pack.json at the archive’s root' },
    ]);

    const broken = widgetManifest();
    broken.components[0]!.type = 'hello';
    const refused = await upload(vendor, await tgz([{ name: 'sprout-pack.json', body: JSON.stringify(broken) }]));
    expect(refused.status).toBe(422);
    const errors = (await json<{ errors: Array<{ path: string }> }>(refused)).errors.map((e) => e.path);
    expect(errors).toContain('components[0].type');

    const missingWidget = await upload(
      vendor,
      await tgz([{ name: 'sprout-pack.json', body: JSON.stringify(widgetManifest()) }]),
    );
    expect((await json<{ errors: Array<{ path: string }> }>(missingWidget)).errors[0]?.path).toBe(
      'components[0].widget',
    );

    const notGzip = await vendor.fetch('/catalog/packs', {
      method: 'POST',
      headers: { 'content-type': 'application/gzip' },
      body: 'plain text',
    });
    expect(notGzip.status).toBe(422);
  });

  it('shows pack components only where they are approved: the township and its villages, never a sibling township', async () => {
    const palette = async (client: Client) =>
      (
        await json<{ packs: Array<{ components: Array<{ type: string }> }> }>(await client.fetch('/catalog'))
      ).packs.flatMap((p) => p.components.map((c) => c.type));
    expect(await palette(villageBuilder)).toEqual([]);
    const approved = await townAdmin.fetch(`/catalog/packs/${bankId}/approve`, { method: 'POST', json: {} });
    expect(approved.status).toBe(200);
    expect(await json(approved)).toMatchObject({ state: 'approved', approvals: [{ orgName: '径山镇' }] });
    expect(await palette(villageBuilder)).toEqual([BANK]);
    expect(await palette(siblingBuilder)).toEqual([]);
    expect((await siblingBuilder.fetch(`/catalog/packs/${bankId}`)).status).toBe(404);
  });

  it('refuses to publish a type no approved pack provides, and pins name, version and hash on publish', async () => {
    const sibling = await siblingBuilder.fetch('/apps', {
      method: 'POST',
      json: { title: 'x', definition: appUsing(BANK) },
    });
    expect(sibling.status).toBe(422);
    expect((await json<{ errors: Array<{ path: string }> }>(sibling)).errors[0]?.path).toBe('pages[0].nodes[0].type');

    const village = await createAndPublish(villageBuilder, BANK);
    expect(village.published.status).toBe(201);
    const published = await json<{ packs: Array<{ name: string; version: string; sha256: string }> }>(
      village.published,
    );
    expect(published.packs).toEqual([
      { name: bankAccountPack.name, version: '1.0.0', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
    ]);
    const pub = await json<{
      packs: Array<{ version: string; blocked: boolean; components: Array<{ type: string }> }>;
    }>(await fetch(`${server.url}/api/v1/public/apps/${village.slug}`));
    expect(pub.packs).toMatchObject([
      { version: '1.0.0', blocked: false, trusted: true, components: [{ type: BANK }] },
    ]);
  });

  it('validates pack values on submit from the manifest alone and exports the declared columns', async () => {
    const app = await createAndPublish(villageBuilder, BANK);
    const send = (account: Record<string, unknown>, key: string) =>
      fetch(`${server.url}/api/v1/public/apps/${app.slug}/submissions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': key },
        body: JSON.stringify({ version: 1, values: { account } }),
      });
    const wrong = await send({ bank: '中国银行', account: '6212262201023557227' }, 'k-wrong');
    expect(wrong.status).toBe(422);
    expect((await json<{ errors: Array<{ path: string; message: string }> }>(wrong)).errors).toEqual([
      { path: 'values.account', message: '银行卡号的校验位不正确，请逐位核对' },
    ]);
    const unlisted = await send({ bank: '某某钱庄', account: '6212262201023557228' }, 'k-bank');
    expect((await json<{ errors: Array<{ path: string }> }>(unlisted)).errors[0]?.path).toBe('values.account.bank');
    expect((await send({ bank: '中国银行', account: '6212262201023557228' }, 'k-ok')).status).toBe(201);

    // Whole values for sensitive:read (the county admin); the village builder's export is masked.
    const csv = await (await admin.fetch(`/apps/${app.id}/export.csv`)).text();
    const [header, row] = csv.replace('\uFEFF', '').split('\r\n');
    expect(header).toContain('收款账户 · 开户银行,收款账户 · 银行卡号');
    expect(row).toContain('中国银行,6212262201023557228');
    const masked = await (await villageBuilder.fetch(`/apps/${app.id}/export.csv`)).text();
    expect(masked).not.toContain('6212262201023557228');
  });

  it('masks a pack field in lists, details and the review queue by its manifest’s rule, by role', async () => {
    const created = await createReviewed(villageBuilder);
    const send = await fetch(`${server.url}/api/v1/public/apps/${created.slug}/submissions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': 'mask-1' },
      body: JSON.stringify({ version: 1, values: { account: { bank: '中国银行', account: '6212262201023557228' } } }),
    });
    expect(send.status).toBe(201);
    type Row = { id: number; values: { account: unknown }; masked: string[] };
    // The village builder (no sensitive:read) sees the bank and the last four digits, as the manifest declares.
    const list = await json<{ items: Row[] }>(await villageBuilder.fetch(`/apps/${created.id}/submissions`));
    const shown = { bank: '中国银行', account: '****7228' };
    expect(list.items[0]).toMatchObject({ values: { account: shown }, masked: ['account'] });
    const detail = await json<Row>(await villageBuilder.fetch(`/apps/${created.id}/submissions/${list.items[0]!.id}`));
    expect(detail.values.account).toEqual(shown);
    const queue = await json<{ items: Row[] }>(await villageBuilder.fetch(`/review/queue?appId=${created.id}`));
    expect(queue.items[0]?.values.account).toEqual(shown);
    // Unmasking needs sensitive:read: the village builder is refused, the county admin sees the whole value.
    const unmask = (c: Client) =>
      c.fetch(`/apps/${created.id}/submissions/${list.items[0]!.id}/unmask`, {
        method: 'POST',
        json: { reason: '核对收款账户' },
      });
    expect((await unmask(villageBuilder)).status).toBe(403);
    const whole = await json<Row>(await unmask(admin));
    expect(whole.values.account).toEqual({ bank: '中国银行', account: '6212262201023557228' });
  });

  it('keeps a published app on its pinned version when a new pack version is approved; a new app gets the new one', async () => {
    const first = await createAndPublish(villageBuilder, BANK);
    // Same capabilities as 1.0.0: the township's approval carries over, audited.
    const v2 = await json<{ id: number; state: string }>(await upload(vendor, await bankAccountArchive('1.1.0')));
    expect(v2.state).toBe('approved');

    const republished = await villageBuilder.fetch(`/apps/${first.id}/publish`, { method: 'POST' });
    expect((await json<{ packs: Array<{ version: string }> }>(republished)).packs[0]?.version).toBe('1.0.0');
    const fresh = await createAndPublish(villageBuilder, BANK);
    expect((await json<{ packs: Array<{ version: string }> }>(fresh.published)).packs[0]?.version).toBe('1.1.0');
    const oldVersion = await json<{ packs: Array<{ version: string }> }>(
      await fetch(`${server.url}/api/v1/public/apps/${first.slug}`),
    );
    expect(oldVersion.packs[0]?.version).toBe('1.0.0');
    const builderCatalog = async (id: number) =>
      (await json<{ packs: Array<{ version: string }> }>(await villageBuilder.fetch(`/apps/${id}/catalog`))).packs.map(
        (p) => p.version,
      );
    expect(await builderCatalog(first.id)).toEqual(['1.0.0']);
    const upgrades = await json<{ items: Array<{ name: string; from: string; to: string }> }>(
      await villageBuilder.fetch(`/apps/${first.id}/pack-upgrades`),
    );
    expect(upgrades.items).toMatchObject([
      { name: bankAccountPack.name, from: '1.0.0', to: '1.1.0', titles: { [BANK]: { 'zh-CN': '银行账户' } } },
    ]);
    // The explicit upgrade in the builder: the draft moves to 1.1.0, and so does the next publish.
    const upgraded = await villageBuilder.fetch(`/apps/${first.id}/pack-upgrades`, {
      method: 'POST',
      json: { name: bankAccountPack.name, version: '1.1.0' },
    });
    expect(upgraded.status).toBe(200);
    expect(await builderCatalog(first.id)).toEqual(['1.1.0']);
    // The draft is on 1.1.0 now: nothing more to offer, even before the next publish.
    const none = await json<{ items: unknown[] }>(await villageBuilder.fetch(`/apps/${first.id}/pack-upgrades`));
    expect(none.items).toEqual([]);
    const afterUpgrade = await villageBuilder.fetch(`/apps/${first.id}/publish`, { method: 'POST' });
    expect((await json<{ packs: Array<{ version: string }> }>(afterUpgrade)).packs[0]?.version).toBe('1.1.0');
    const notApproved = await villageBuilder.fetch(`/apps/${first.id}/pack-upgrades`, {
      method: 'POST',
      json: { name: bankAccountPack.name, version: '9.9.9' },
    });
    expect(notApproved.status).toBe(422);
    expect(await builderCatalog(fresh.id)).toEqual(['1.1.0']);
  });

  it('asks for approval again when a new version wants more capabilities', async () => {
    const res = await upload(vendor, await bankAccountArchive('1.2.0', ['camera']));
    expect(await json(res)).toMatchObject({ version: '1.2.0', state: 'pending', capabilities: ['camera'] });
    const log = await json<{ items: Array<{ action: string; detail?: { version?: string } }> }>(
      await admin.fetch('/audit'),
    );
    const carried = log.items.filter((e) => e.action === 'pack.approve' && e.detail?.version === '1.1.0');
    expect(carried).toHaveLength(1);
  });

  it('withdraws (下架): no new apps with it, published ones keep working', async () => {
    const before = await createAndPublish(villageBuilder, BANK);
    const draftOnly = await createApp(villageBuilder, BANK);
    const listed = await json<{ items: Array<{ id: number; version: string }> }>(await admin.fetch('/catalog/packs'));
    for (const p of listed.items) {
      await townAdmin.fetch(`/catalog/packs/${p.id}/withdraw`, { method: 'POST', json: {} });
    }
    const after = await villageBuilder.fetch(`/apps/${draftOnly.id}/publish`, { method: 'POST' });
    expect(after.status).toBe(422);
    expect((await json<{ errors: Array<{ path: string }> }>(after)).errors[0]?.path).toBe('pages[0].nodes[0].type');
    expect((await fetch(`${server.url}/api/v1/public/apps/${before.slug}`)).status).toBe(200);
    expect((await townAdmin.fetch(`/catalog/packs/${bankId}/withdraw`, { method: 'POST', json: {} })).status).toBe(409);
  });

  it('serves widget files from immutable content-addressed URLs and blocks a pack for everyone', async () => {
    const res = await upload(
      vendor,
      await tgz([
        { name: 'sprout-pack.json', body: JSON.stringify(widgetManifest()) },
        { name: 'dist/hello.js', body: 'export default function Hello() { return null; }' },
      ]),
    );
    const pack = await json<{ id: number; components: Array<{ widgetUrl: string }> }>(res);
    const url = pack.components[0]!.widgetUrl;
    expect(url).toMatch(/^\/packs\/[0-9a-f]{64}\/dist\/hello\.js$/);
    const file = await fetch(`${server.url}${url}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(file.headers.get('cache-control')).toContain('immutable');
    expect(await file.text()).toContain('Hello');
    expect((await fetch(`${server.url}${url.replace('hello.js', '..%2fsprout-pack.json')}`)).status).toBe(404);

    await townAdmin.fetch(`/catalog/packs/${pack.id}/approve`, { method: 'POST', json: {} });
    const app = await createAndPublish(villageBuilder, 'demo.hello');
    expect(app.published.status).toBe(201);
    const draftOnly = await createApp(villageBuilder, 'demo.hello');

    expect(
      (await townAdmin.fetch(`/catalog/packs/${pack.id}/block`, { method: 'POST', json: { reason: '发现安全漏洞' } }))
        .status,
    ).toBe(403);
    const blocked = await admin.fetch(`/catalog/packs/${pack.id}/block`, {
      method: 'POST',
      json: { reason: '发现安全漏洞' },
    });
    expect(await json(blocked)).toMatchObject({
      state: 'blocked',
      blockReason: '发现安全漏洞',
      usedBy: [{ appId: app.id }],
    });
    const pub = await json<{ packs: Array<{ blocked: boolean }> }>(
      await fetch(`${server.url}/api/v1/public/apps/${app.slug}`),
    );
    expect(pub.packs[0]?.blocked).toBe(true);
    expect((await fetch(`${server.url}${url}`)).status).toBe(410);
    expect((await villageBuilder.fetch(`/apps/${draftOnly.id}/publish`, { method: 'POST' })).status).toBe(422);
    const log = await json<{ items: Array<{ action: string; targetId: string }> }>(await admin.fetch('/audit'));
    expect(log.items).toEqual(
      expect.arrayContaining([expect.objectContaining({ action: 'app.pack-blocked', targetId: String(app.id) })]),
    );
    // The app's owners get an in-app notice naming the app, the pack and the reason; a sibling township does not.
    const notices = await json<{ items: Array<{ message: string }> }>(await villageBuilder.fetch('/notices'));
    expect(notices.items[0]?.message).toContain('@demo/hello@1.0.0');
    expect(notices.items[0]?.message).toContain('补贴发放登记');
    expect(notices.items[0]?.message).toContain('发现安全漏洞');
    const elsewhere = await json<{ items: Array<{ message: string }> }>(await siblingBuilder.fetch('/notices'));
    expect(elsewhere.items.some((n) => n.message.includes('@demo/hello'))).toBe(false);
  });

  it('marks a pack untrusted for isolation mode', async () => {
    const res = await admin.fetch(`/catalog/packs/${bankId}/trust`, { method: 'POST', json: { trusted: false } });
    expect(await json(res)).toMatchObject({ trusted: false });
  });
});

describe('SPROUT_PACK_UPLOADS=off', () => {
  it('refuses every upload with a clear 403', async () => {
    const server = await startTestServer({ app: { packUploads: false } });
    try {
      const admin = await login(server.url, 'county-admin');
      const res = await upload(admin, await bankAccountArchive());
      expect(res.status).toBe(403);
      expect((await json<{ detail: string }>(res)).detail).toContain('关闭');
    } finally {
      await server.close();
    }
  });
});
