import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, login, request, startTestServer, type Client, type TestServer } from './harness.ts';

let s: TestServer;
let county: Client;
let orgId: (code: string) => number;
beforeAll(async () => {
  s = await startTestServer();
  county = await login(s.url, 'county-admin');
  const orgs = await json<{ items: Array<{ id: number; code: string }> }>(await county.fetch('/orgs'));
  orgId = (code) => orgs.items.find((o) => o.code === code)?.id ?? 0;
});
afterAll(() => s.close());

const actions = async (client: Client) =>
  (await json<{ items: Array<{ action: string }> }>(await client.fetch('/audit'))).items.map((e) => e.action);

describe('many counties in one deployment', () => {
  it('lets a system administrator add a top-level org with its administrator, who must change the password', async () => {
    const res = await county.fetch('/orgs/top-level', {
      method: 'POST',
      json: { code: '330106', username: 'xihu-admin' },
    });
    expect(res.status).toBe(201);
    const added = await json<{ org: { name: string; parentId: null }; password: string }>(res);
    expect(added.org).toMatchObject({ name: '西湖区', parentId: null });
    const xihu = await login(s.url, 'xihu-admin', added.password, { keepForcedChange: true });
    expect((await json<{ user: { mustChangePassword: boolean } }>(await xihu.fetch('/auth/me'))).user).toMatchObject({
      mustChangePassword: true,
    });
    expect(await actions(county)).toContain('org.create-top-level');
    expect(
      (await county.fetch('/orgs/top-level', { method: 'POST', json: { code: '330106', username: 'x-2' } })).status,
    ).toBe(409);
  });

  it('refuses other administrators', async () => {
    const town = await login(s.url, 'jingshan-admin');
    expect(
      (await town.fetch('/orgs/top-level', { method: 'POST', json: { code: '11', username: 'bj-admin' } })).status,
    ).toBe(403);
  });
});

describe('org administration', () => {
  it('renames an org of the subtree, audited; a sibling’s is out of reach', async () => {
    const res = await county.fetch(`/orgs/${orgId('330110109')}`, {
      method: 'PATCH',
      json: { name: '径山镇人民政府' },
    });
    expect(res.status).toBe(200);
    expect((await json<{ name: string }>(res)).name).toBe('径山镇人民政府');
    const pingyao = await login(s.url, 'pingyao-builder');
    expect((await pingyao.fetch(`/orgs/${orgId('330110109')}`, { method: 'PATCH', json: { name: 'x' } })).status).toBe(
      403,
    );
    expect(await actions(county)).toContain('org.update');
  });

  it('moves an org with its subtree within the caller’s subtree, never below itself or its own org', async () => {
    const village = orgId('330110109211'); // 双溪村, under 径山镇
    const res = await county.fetch(`/orgs/${village}/move`, { method: 'POST', json: { parentId: orgId('330110110') } });
    expect(res.status).toBe(200);
    const pingyao = await login(s.url, 'pingyao-builder');
    const seen = await json<{ items: Array<{ code: string }> }>(await pingyao.fetch('/orgs'));
    expect(seen.items.map((o) => o.code)).toContain('330110109211');
    const town = orgId('330110109');
    const below = await county.fetch(`/orgs/${town}/move`, {
      method: 'POST',
      json: { parentId: orgId('330110109222') },
    });
    expect(below.status).toBe(422);
    const own = await county.fetch(`/orgs/${orgId('330110')}/move`, { method: 'POST', json: { parentId: town } });
    expect(own.status).toBe(422);
    const jingshan = await login(s.url, 'jingshan-admin');
    const outside = await jingshan.fetch(`/orgs/${orgId('330110109222')}/move`, {
      method: 'POST',
      json: { parentId: orgId('330110110') },
    });
    expect(outside.status).toBe(422);
    expect(await actions(county)).toContain('org.move');
  });

  it('disables an org: its officials are signed out and cannot sign in until it is enabled again', async () => {
    const village = orgId('330110110202'); // 张堰村
    const zhangyan = await login(s.url, 'zhangyan-builder');
    expect((await county.fetch(`/orgs/${village}`, { method: 'PATCH', json: { disabled: true } })).status).toBe(200);
    expect((await zhangyan.fetch('/auth/me')).status).toBe(401);
    const again = await request(s.url, '/auth/login', {
      method: 'POST',
      json: { username: 'zhangyan-builder', password: 'sprout-demo-1' },
    });
    expect(again.status).toBe(401);
    expect((await county.fetch(`/orgs/${orgId('330110')}`, { method: 'PATCH', json: { disabled: true } })).status).toBe(
      422,
    );
    expect((await county.fetch(`/orgs/${village}`, { method: 'PATCH', json: { disabled: false } })).status).toBe(200);
    await login(s.url, 'zhangyan-builder');
  });

  it('adds no child under a disabled org', async () => {
    const town = orgId('330110110');
    expect((await county.fetch(`/orgs/${town}`, { method: 'PATCH', json: { disabled: true } })).status).toBe(200);
    const res = await county.fetch('/orgs', { method: 'POST', json: { parentId: town, code: '330110110201' } });
    expect(res.status).toBe(422);
    expect((await json<{ errors: Array<{ path: string }> }>(res)).errors[0]?.path).toBe('parentId');
    expect((await county.fetch(`/orgs/${town}`, { method: 'PATCH', json: { disabled: false } })).status).toBe(200);
  });
});
