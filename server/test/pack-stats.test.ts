import type { AppStatsResponse, TaskForm, TaskRollup } from '@sprout/shared/api';
import { createBlankDefinition } from '@sprout/shared/definition';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../src/auth/password.ts';
import { submissionRow } from '../src/storage/submission-row.fixture.ts';
import { createTaskTree, type TaskTree } from '../src/storage/task-tree.fixture.ts';
import type { Role } from '../src/storage/types.ts';
import { type Client, json, login, startTestServer, type TestServer } from './harness.ts';
import { bankAccountArchive, plateNumberArchive } from './pack-archive.ts';

const PASSWORD = 'pack-stats-pass-1';
const PERIOD = '2026-03-02';

/** A weekly report with both example packs' fields beside a core choice. */
function reportDefinition() {
  const def = createBlankDefinition('补贴发放周报');
  def.pages[0]!.nodes = [
    { id: 'n1', type: 'examples.bankAccount', name: 'payee', required: true, props: { label: '收款账户' } },
    { id: 'n2', type: 'examples.plateNumber', name: 'plate', props: { label: '车牌号' } },
    { id: 'n3', type: 'radio', name: 'paid', props: { label: '已发放', options: [{ value: '是', label: '是' }] } },
  ];
  return def;
}

/** Village i's report: 12 at 中国银行, 8 at 交通银行, each with a plate. */
const valuesFor = (i: number) => ({
  payee: { bank: i < 12 ? '中国银行' : '交通银行', account: '6212262201023557228' },
  plate: `浙A${String(10000 + i)}`,
  paid: '是',
});

let s: TestServer;
let tree: TaskTree;
let builder: Client;
let villager: Client;
let appId: number;
let taskId: number;

async function addUser(username: string, orgId: number, roles: Role[]): Promise<Client> {
  await s.storage.users.create(
    { username, displayName: username, orgId, roles, passwordHash: await hashPassword(PASSWORD) },
    s.clock.now().toISOString(),
  );
  return login(s.url, username, PASSWORD);
}

beforeAll(async () => {
  s = await startTestServer({ seed: false });
  tree = await createTaskTree(s.storage);
  const admin = await addUser('admin', tree.county.id, ['admin']);
  builder = await addUser('builder', tree.county.id, ['builder']);
  villager = await addUser('village0', tree.villages[0]!.id, ['builder']);
  // Both example packs installed through the API and approved (上架) for the county.
  for (const archive of [await bankAccountArchive(), await plateNumberArchive()]) {
    const res = await admin.fetch('/catalog/packs', {
      method: 'POST',
      headers: { 'content-type': 'application/gzip' },
      body: archive,
    });
    expect(res.status, await res.clone().text()).toBe(201);
    const { id } = await json<{ id: number }>(res);
    expect((await admin.fetch(`/catalog/packs/${id}/approve`, { method: 'POST', json: {} })).status).toBe(200);
  }
  const created = await builder.fetch('/apps', {
    method: 'POST',
    json: { title: '补贴发放周报', definition: reportDefinition() },
  });
  expect(created.status, await created.clone().text()).toBe(201);
  appId = (await json<{ id: number }>(created)).id;
  expect((await builder.fetch(`/apps/${appId}/publish`, { method: 'POST' })).status).toBe(201);
  const task = await builder.fetch('/tasks', {
    method: 'POST',
    json: {
      appId,
      title: '补贴发放周报',
      recurrence: 'weekly',
      startsOn: PERIOD,
      deadlineDays: 1,
      assign: { kind: 'level', level: 'village' },
    },
  });
  expect(task.status, await task.clone().text()).toBe(201);
  taskId = (await json<{ id: number }>(task)).id;
  // One village reports through the API (validated with the pinned packs' manifests)…
  const sent = await villager.fetch(`/tasks/${taskId}/periods/${PERIOD}/report`, {
    method: 'PUT',
    json: { version: 1, values: valuesFor(0) },
  });
  expect([200, 201], await sent.clone().text()).toContain(sent.status);
  // …the other nineteen straight into storage, as the task tests do.
  for (let i = 1; i < 20; i++) {
    await s.storage.tasks.submit({
      ...submissionRow(appId, tree.villages[i]!.id, {
        receiptCode: `P${i}`,
        values: valuesFor(i),
        submittedAt: s.clock.now().toISOString(),
      }),
      taskId,
      periodKey: PERIOD,
    });
  }
});
afterAll(() => s.close());

describe('pack fields in statistics and task rollups', () => {
  it('gives a village filling the task the pack versions the app pins, so its fields render from their manifests', async () => {
    const form = await json<TaskForm>(await villager.fetch(`/tasks/${taskId}/periods/${PERIOD}/form`));
    expect(form.packs.map((p) => [p.name, p.version, p.components.map((c) => c.type)])).toEqual(
      expect.arrayContaining([
        ['@sprout-examples/bank-account', '1.0.0', ['examples.bankAccount']],
        ['@sprout-examples/plate-number', '1.2.0', ['examples.plateNumber']],
      ]),
    );
    expect(form.packs).toHaveLength(2);
    expect(form.values).toMatchObject({ plate: '浙A10000' });
  });

  const bankField = {
    name: 'payee.bank',
    kind: 'choice',
    level: 'L3',
    label: { 'zh-CN': '收款账户 · 开户银行', en: '收款账户 · Bank' },
  };

  it('counts the 银行账户 composite’s bank as the choice its manifest declares; a plate is free text, not counted', async () => {
    const stats = await json<AppStatsResponse>(await builder.fetch(`/apps/${appId}/stats`));
    expect(stats.fields.map((f) => f.name)).toEqual(['payee.bank', 'paid']);
    expect(stats.fields[0]).toMatchObject(bankField);
    expect(stats.fields[0]!.options?.map((o) => o.value)).toContain('中国银行');
    expect(stats.total.count).toBe(20);
    expect(stats.total.choices['payee.bank']).toEqual({ 中国银行: 12, 交通银行: 8 });

    // The same figure filtered by that answer, as the 统计 page's links ask for it.
    const filter = encodeURIComponent(JSON.stringify({ 'payee.bank': '交通银行' }));
    const narrowed = await json<AppStatsResponse>(await builder.fetch(`/apps/${appId}/stats?fields=${filter}`));
    expect(narrowed.total.count).toBe(8);
    const list = await json<{ items: unknown[] }>(await builder.fetch(`/apps/${appId}/submissions?fields=${filter}`));
    expect(list.items).toHaveLength(8);

    const xlsx = await builder.fetch(`/apps/${appId}/stats.xlsx`);
    expect(xlsx.status).toBe(200);
  });

  it('rolls the bank up by org and in the paper report, the plate left out', async () => {
    const rollup = await json<TaskRollup>(await builder.fetch(`/tasks/${taskId}/periods/${PERIOD}/rollup`));
    expect(rollup.fields.map((f) => f.name)).toEqual(['payee.bank', 'paid']);
    expect(rollup.total.count).toBe(20);
    expect(rollup.total.choices['payee.bank']).toEqual({ 中国银行: 12, 交通银行: 8 });
    // A township's seven villages: 7 at 中国银行, a personal (L3) part's small cells withheld elsewhere.
    const town0 = rollup.rows.find((r) => r.orgId === tree.towns[0]!.id)!;
    expect(town0.group.choices['payee.bank']).toEqual({ 中国银行: 7 });

    const res = await builder.fetch(`/tasks/${taskId}/periods/${PERIOD}/rollup.xlsx`);
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    const header = (book.worksheets[0]!.getRow(4).values as unknown[]).filter((v) => typeof v === 'string');
    expect(header).toEqual(expect.arrayContaining(['收款账户 · 开户银行：中国银行', '收款账户 · 开户银行：交通银行']));
    expect(header.some((h) => String(h).startsWith('车牌号'))).toBe(false);
  });
});
