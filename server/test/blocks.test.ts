import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, json, login, startTestServer, type TestServer } from './harness.ts';

let s: TestServer;
let township: Client;
let village: Client;
let otherTownship: Client;
beforeAll(async () => {
  s = await startTestServer();
  township = await login(s.url, 'jingshan-admin');
  village = await login(s.url, 'jingshancun-builder');
  otherTownship = await login(s.url, 'pingyao-builder');
});
afterAll(() => s.close());

type Block = { id: number; name: string; version: number; nodes: unknown[]; orgName: string; useCount?: number };

const trip = [
  {
    id: 'sec',
    type: 'section',
    props: { title: '返乡行程' },
    children: [
      {
        id: 'r',
        type: 'radio',
        name: 'returned',
        props: {
          label: '是否返乡',
          options: [
            { value: '是', label: '是' },
            { value: '否', label: '否' },
          ],
        },
      },
      { id: 'f', type: 'text', name: 'from', props: { label: '从哪里返回' }, visibleWhen: 'returned = “是”' },
    ],
  },
];

describe('blocks in an org’s library', () => {
  it('a township saves a block with its logic, versions it; its village inserts it and the use is counted', async () => {
    const res = await township.fetch('/blocks', { method: 'POST', json: { name: '返乡行程', nodes: trip } });
    expect(res.status).toBe(201);
    const block = await json<Block>(res);
    expect(block).toMatchObject({ name: '返乡行程', version: 1, orgName: '径山镇' });

    const v2 = structuredClone(trip);
    v2[0]!.children.push({ id: 'd', type: 'date', name: 'returnDate', props: { label: '返乡日期' } } as never);
    const versioned = await township.fetch(`/blocks/${block.id}/versions`, { method: 'POST', json: { nodes: v2 } });
    expect(await json(versioned)).toEqual({ version: 2 });

    const seen = (await json<{ items: Block[] }>(await village.fetch('/blocks'))).items.find((b) => b.id === block.id);
    expect(seen).toMatchObject({ version: 2 });
    expect(seen).not.toHaveProperty('useCount');
    const v1 = await json<{ nodes: unknown[] }>(await village.fetch(`/blocks/${block.id}/versions/1`));
    expect(v1.nodes).toHaveLength(1);
    expect((await village.fetch(`/blocks/${block.id}/use`, { method: 'POST' })).status).toBe(204);
    const mine = (await json<{ items: Block[] }>(await township.fetch('/blocks'))).items.find((b) => b.id === block.id);
    expect(mine?.useCount).toBe(1);
  });

  it('refuses a block whose condition reads a field outside it, naming the path', async () => {
    const nodes = [{ id: 'x', type: 'text', name: 'x', props: { label: 'X' }, visibleWhen: 'elsewhere == 1' }];
    const res = await township.fetch('/blocks', { method: 'POST', json: { name: '坏区块', nodes } });
    expect(res.status).toBe(422);
    const body = await json<{ errors: Array<{ path: string; message: string }> }>(res);
    expect(body.errors[0]).toMatchObject({ path: 'pages[0].nodes[0].visibleWhen' });
    expect(body.errors[0]?.message).toContain('elsewhere');
  });

  it('never shows a block sideways, and only its own org versions it', async () => {
    const { id } = await json<Block>(
      await township.fetch('/blocks', { method: 'POST', json: { name: '镇区块', nodes: trip } }),
    );
    expect((await json<{ items: Block[] }>(await otherTownship.fetch('/blocks'))).items.map((b) => b.id)).not.toContain(
      id,
    );
    expect((await otherTownship.fetch(`/blocks/${id}/use`, { method: 'POST' })).status).toBe(404);
    expect((await village.fetch(`/blocks/${id}/versions`, { method: 'POST', json: { nodes: trip } })).status).toBe(404);
  });
});
