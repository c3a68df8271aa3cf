import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppStatsResponse } from '@sprout/shared/api';
import { coreCatalog } from '@sprout/shared/catalog';
import { appStats } from '../src/stats/app-stats.ts';
import { submissionRow } from '../src/storage/submission-row.fixture.ts';
import type { NewSubmission, Org } from '../src/storage/types.ts';
import { json, login, startTestServer, type Client, type TestServer } from './harness.ts';
import { statsDefinition } from './stats-fixture.ts';

let s: TestServer;
let county: Client;
let appId: number;
let orgs: Org[];
const rows: NewSubmission[] = [];
const byCode = (code: string) => orgs.find((o) => o.code === code) as Org;

beforeAll(async () => {
  s = await startTestServer();
  county = await login(s.url, 'county-admin');
  const countyOrg = (await s.storage.orgs.byCode('330110')) as Org;
  orgs = await s.storage.orgs.subtree({ orgId: countyOrg.id });
  const created = await json<{ id: number }>(
    await county.fetch('/apps', { method: 'POST', json: { title: '村情统计', definition: statsDefinition() } }),
  );
  appId = created.id;
  expect((await county.fetch(`/apps/${appId}/publish`, { method: 'POST' })).status).toBe(201);
  const villages = ['330110109222', '330110109211', '330110110202'].map(byCode);
  for (let i = 0; i < 60; i++) {
    const org = villages[i % 3]!;
    const diagnosis = i % 10 === 0 ? '流感' : '无';
    rows.push(
      submissionRow(appId, org.id, {
        receiptCode: `STAT${i}`,
        submittedAt: new Date(Date.UTC(2026, 2, 1 + (i % 9), 3)).toISOString(),
        values: {
          population: 100 + i,
          households: 30 + (i % 7),
          farmland: i / 2,
          crop: ['稻', '麦', '茶'][i % 3],
          services: i % 2 ? ['医疗', '养老'] : ['教育'],
          diagnosis,
          checkedOn: `2026-02-${String(1 + (i % 28)).padStart(2, '0')}`,
        },
        outcome: diagnosis === '流感' ? { code: 'red', label: '红码' } : { code: 'green', label: '绿码' },
      }),
    );
  }
  await Promise.all(rows.map((r) => s.storage.submissions.insert(r)));
});
afterAll(() => s.close());

const stats = async (client: Client, query = '') => {
  const res = await client.fetch(`/apps/${appId}/stats${query}`);
  expect(res.status, await res.clone().text()).toBe(200);
  return json<AppStatsResponse>(res);
};

describe('GET /apps/:id/stats', () => {
  it('equals a naive recomputation from the raw submissions', async () => {
    const got = await stats(county);
    expect(got.total.count).toBe(rows.length);
    const pops = rows.map((r) => r.values.population as number).sort((a, b) => a - b);
    const sum = pops.reduce((t, x) => t + x, 0);
    expect(got.total.numbers.population).toMatchObject({ count: 60, sum, min: pops[0], max: pops[59] });
    expect(got.total.numbers.population?.median).toBe((pops[29]! + pops[30]!) / 2);
    expect(got.total.choices.crop).toEqual({ 稻: 20, 麦: 20, 茶: 20 });
    expect(got.total.choices.services).toEqual({ 医疗: 30, 养老: 30, 教育: 30 });
    expect(got.total.dates.checkedOn).toEqual({ min: '2026-02-01', max: '2026-02-28' });
    expect(got.byOutcome.map((o) => [o.code, o.label, o.count])).toEqual([
      ['green', '绿码', 54],
      ['red', '红码', 6],
    ]);
    expect(got.overTime.points.reduce((t, p) => t + p.count, 0)).toBe(60);
    expect(got.fields.map((f) => f.name)).not.toContain('note');
  });

  it('withholds L4 cells under 5 but keeps other fields', async () => {
    const got = await stats(county);
    expect(got.total.choices.diagnosis).toEqual({ 流感: 6, 无: 54 });
    const narrow = await stats(county, `?fields=${encodeURIComponent(JSON.stringify({ crop: '稻' }))}`);
    expect(narrow.total.count).toBe(20);
    expect(narrow.total.choices.diagnosis).toEqual({ 流感: null, 无: 18 });
    expect(narrow.total.choices.crop).toEqual({ 稻: 20 });
  });

  it('drills from county to township to village by org', async () => {
    const top = await stats(county);
    const jingshan = byCode('330110109');
    const pingyao = byCode('330110110');
    expect(top.byOrg.rows.find((r) => r.orgId === jingshan.id)).toMatchObject({ count: 40, hasChildren: true });
    expect(top.byOrg.rows.find((r) => r.orgId === pingyao.id)?.count).toBe(20);
    const down = await stats(county, `?drill=${jingshan.id}`);
    expect(down.byOrg.path.map((p) => p.name)).toEqual([byCode('330110').name, jingshan.name]);
    expect(down.byOrg.rows.map((r) => r.count)).toEqual([20, 20]);
    const filtered = await stats(county, `?org=${pingyao.id}&outcome=green&unit=week`);
    expect(filtered.total.count).toBe(
      rows.filter((r) => r.orgId === byCode('330110110202').id && r.outcome?.code === 'green').length,
    );
    expect(filtered.overTime.unit).toBe('week');
  });

  it('shares the org filter with the submissions table and exports, and starts the by-org chart there', async () => {
    const jingshan = byCode('330110109');
    const inTown = rows.filter((r) => orgs.find((o) => o.id === r.orgId)?.parentId === jingshan.id);
    const list = await json<{ items: Array<{ receiptCode: string }> }>(
      await county.fetch(`/apps/${appId}/submissions?org=${jingshan.id}&limit=500`),
    );
    expect(list.items.map((i) => i.receiptCode).sort()).toEqual(inTown.map((r) => r.receiptCode).sort());
    const exported = (await (await county.fetch(`/apps/${appId}/export.json?org=${jingshan.id}`)).json()) as unknown[];
    expect(exported).toHaveLength(inTown.length);
    const filtered = await stats(county, `?org=${jingshan.id}`);
    expect(filtered.total.count).toBe(inTown.length);
    expect(filtered.byOrg.parent.orgId).toBe(jingshan.id);
    expect(filtered.byOrg.rows.reduce((t, r) => t + r.count, 0)).toBe(inTown.length);
    expect((await county.fetch(`/apps/${appId}/submissions?org=999999`)).status).toBe(404);
    // Outcome is a shared filter too.
    const red = await json<{ items: Array<{ receiptCode: string }> }>(
      await county.fetch(`/apps/${appId}/submissions?outcome=red&org=${jingshan.id}&limit=500`),
    );
    const wantRed = inTown.filter((r) => r.outcome?.code === 'red').map((r) => r.receiptCode);
    expect(red.items.map((i) => i.receiptCode).sort()).toEqual(wantRed.sort());
    expect((await stats(county, `?outcome=red&org=${jingshan.id}`)).total.count).toBe(wantRed.length);
  });

  it('is not found outside the app’s subtree, nor for an org not in it', async () => {
    // The app belongs to the county: a township or village official cannot see it at all.
    const town = await login(s.url, 'jingshan-admin');
    expect((await town.fetch(`/apps/${appId}/stats`)).status).toBe(404);
    const village = await login(s.url, 'jingshancun-builder');
    expect((await village.fetch(`/apps/${appId}/stats`)).status).toBe(404);
    expect((await county.fetch(`/apps/${appId}/stats?drill=999999`)).status).toBe(404);
  });

  it('downloads one chart’s table as XLSX, with the extraction time', async () => {
    const res = await county.fetch(`/apps/${appId}/stats.xlsx?chart=${encodeURIComponent('field:crop')}`);
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const rows = (book.worksheets[0]!.getSheetValues().filter(Boolean) as unknown[][]).map((r) => r.slice(1));
    expect(rows[0]?.[0]).toBe('村情统计 · 主要作物');
    expect(String(rows[1]?.[0])).toContain('数据提取时间');
    expect(rows.slice(2)).toEqual([
      ['选项', '份数', '占比'],
      ['稻', 20, '33.3%'],
      ['麦', 20, '33.3%'],
      ['茶', 20, '33.3%'],
    ]);
    expect((await county.fetch(`/apps/${appId}/stats.xlsx?chart=nope`)).status).toBe(422);
  });

  it('refuses a free-text or answer filter over more rows than its scan bound, naming the filter', async () => {
    const countyOrg = byCode('330110');
    const input = {
      appId,
      title: '村情统计',
      definition: statsDefinition(),
      catalog: coreCatalog,
      scopeOrgId: countyOrg.id,
      unit: 'day' as const,
      drillOrgId: countyOrg.id,
      locale: 'zh-CN' as const,
      now: new Date(),
      scanLimit: 30,
    };
    const broad = appStats(s.storage, { ...input, filter: { q: '稻', fields: { crop: '稻' } } });
    await expect(broad).rejects.toMatchObject({ status: 422 });
    const issues = await broad.then(
      () => [],
      (e: { errors?: Array<{ path: string }> }) => e.errors ?? [],
    );
    expect(issues.map((i) => i.path)).toEqual(['q', 'fields']);
    // Narrowed to one village (20 rows) it reads the rows and answers.
    const village = byCode('330110109222');
    const narrow = await appStats(s.storage, { ...input, filter: { orgId: village.id, fields: { crop: '稻' } } });
    expect(narrow.total.count).toBe(rows.filter((r) => r.orgId === village.id && r.values.crop === '稻').length);
  });

  it('answers a malformed filter with a 422 naming it', async () => {
    const res = await county.fetch(`/apps/${appId}/stats?fields=nope`);
    expect(res.status).toBe(422);
    expect((await json<{ errors: Array<{ path: string }> }>(res)).errors[0]?.path).toBe('fields');
    expect((await county.fetch(`/apps/${appId}/stats?unit=year`)).status).toBe(422);
  });
});
