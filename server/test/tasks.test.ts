import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ChangeAssigneesResponse,
  TaskDetail,
  TaskForm,
  TaskProgress,
  TaskRollup,
  TodoItem,
} from '@sprout/shared/api';
import ExcelJS from 'exceljs';
import { hashPassword } from '../src/auth/password.ts';
import { submissionRow } from '../src/storage/submission-row.fixture.ts';
import { createTaskTree, type TaskTree } from '../src/storage/task-tree.fixture.ts';
import type { Role } from '../src/storage/types.ts';
import type { Reminder } from '../src/tasks/reminders.ts';
import { json, login, startTestServer, type Client, type TestServer } from './harness.ts';
import { statsDefinition } from './stats-fixture.ts';

const PASSWORD = 'task-test-pass-1';
const DAY = 86_400_000;

let s: TestServer;
let tree: TaskTree;
let county: Client;
let taskId: number;
let appVersion: number;
const users: Record<string, Client> = {};
/** Every report as the test sent it: the naive side of each comparison. */
const relayed: Reminder[] = [];
const sent = new Map<string, Map<number, Record<string, unknown>>>();

const valuesFor = (i: number, week: number) => ({
  population: 1000 + i * 10 + week,
  households: 300 + i,
  farmland: 50 + i / 2,
  crop: ['稻', '麦', '茶'][i % 3],
  services: i % 2 ? ['医疗'] : ['养老', '教育'],
  diagnosis: i % 4 === 0 ? '流感' : '无',
});

/** Moves the clock and signs everyone in again (sessions expire while weeks pass). */
async function advance(ms: number) {
  s.clock.advance(ms);
  for (const name of Object.keys(users)) users[name] = await login(s.url, name, PASSWORD);
  county = users.county!;
}

async function addUser(username: string, orgId: number, roles: Role[]) {
  await s.storage.users.create(
    { username, displayName: username, orgId, roles, passwordHash: await hashPassword(PASSWORD) },
    s.clock.now().toISOString(),
  );
  users[username] = await login(s.url, username, PASSWORD);
}

/** A village's report through the API (villages 0–3 have officials) or straight into storage. */
async function report(village: number, period: string, values: Record<string, unknown>) {
  const org = tree.villages[village]!;
  const client = users[`v${village}`];
  if (client) {
    const res = await client.fetch(`/tasks/${taskId}/periods/${period}/report`, {
      method: 'PUT',
      json: { version: appVersion, values },
    });
    expect([200, 201], await res.clone().text()).toContain(res.status);
  } else {
    const task = (await s.storage.tasks.get(taskId, { orgId: org.id }))!;
    await s.storage.tasks.submit({
      ...submissionRow(task.appId, org.id, {
        receiptCode: `T${period}${village}`,
        version: appVersion,
        values,
        submittedAt: s.clock.now().toISOString(),
      }),
      taskId,
      periodKey: period,
    });
  }
  const byOrg = sent.get(period) ?? new Map();
  byOrg.set(org.id, values);
  sent.set(period, byOrg);
}

beforeAll(async () => {
  s = await startTestServer({
    seed: false,
    app: { reminderSender: { name: 'test', send: async (r) => void relayed.push(...r) } },
  });
  tree = await createTaskTree(s.storage);
  await addUser('county', tree.county.id, ['builder']);
  await addUser('town0', tree.towns[0]!.id, ['viewer']);
  for (const i of [0, 1, 2, 3]) await addUser(`v${i}`, tree.villages[i]!.id, ['builder']);
  county = users.county!;
  const app = await json<{ id: number }>(
    await county.fetch('/apps', { method: 'POST', json: { title: '村情周报', definition: statsDefinition() } }),
  );
  expect((await county.fetch(`/apps/${app.id}/publish`, { method: 'POST' })).status).toBe(201);
  appVersion = 1;
  // Week 1 (2026-03-02 … 03-08) is running; the deadline is the end of the next working day.
  const created = await county.fetch('/tasks', {
    method: 'POST',
    json: {
      appId: app.id,
      title: '村情周报',
      recurrence: 'weekly',
      startsOn: '2026-03-02',
      deadlineDays: 1,
      assign: { kind: 'level', level: 'village' },
      prefillFields: ['households', 'crop'],
      masterBindings: { population: '常住人口', farmland: '耕地面积' },
    },
  });
  expect(created.status, await created.clone().text()).toBe(201);
  taskId = (await json<{ id: number }>(created)).id;

  // Village 0 keeps its master data; week 1: everyone reports on time.
  expect(
    (
      await users.v0!.fetch(`/orgs/${tree.villages[0]!.id}/master-data`, {
        method: 'PUT',
        json: { values: { 常住人口: 1234, 耕地面积: 88.5 } },
      })
    ).status,
  ).toBe(200);
  for (let i = 0; i < 20; i++) await report(i, '2026-03-02', valuesFor(i, 1));
  // Week 2: village 1 reports after the deadline, village 2 never, village 3 corrects its report.
  await advance(7 * DAY);
  for (let i = 0; i < 20; i++) if (i !== 1 && i !== 2) await report(i, '2026-03-09', valuesFor(i, 2));
  await report(3, '2026-03-09', { ...valuesFor(3, 2), population: 5555 });
  await advance(8 * DAY); // Tuesday 03-17 10:00 CST: week 2's deadline has passed
  await report(1, '2026-03-09', valuesFor(1, 2));
  // Week 3 is running: a few have reported so far.
  for (const i of [0, 5, 12]) await report(i, '2026-03-16', valuesFor(i, 3));
  // Some 40 requests and a dozen sign-ins: generous on a shared, busy machine.
}, 120_000);
afterAll(() => s.close());

const get = async <T>(client: Client, path: string) => {
  const res = await client.fetch(path);
  expect(res.status, `${path}: ${await res.clone().text()}`).toBe(200);
  return json<T>(res);
};

const sum = (rows: Iterable<Record<string, unknown>>, field: string) =>
  [...rows].reduce((t, v) => t + (typeof v[field] === 'number' ? (v[field] as number) : 0), 0);

describe('report tasks on a county with 3 townships and 20 villages', () => {
  it('lists the task with three weekly periods and 20 assignees', async () => {
    const detail = await get<TaskDetail>(county, `/tasks/${taskId}`);
    expect(detail.assigneeCount).toBe(20);
    expect(detail.periods.map((p) => p.key)).toEqual(['2026-03-16', '2026-03-09', '2026-03-02']);
    // Week 2 ends Sunday 03-15; one working day later is Monday 03-16, 24:00 CST.
    expect(detail.periods[1]?.deadline).toBe('2026-03-16T16:00:00.000Z');
  });

  it('tells submitted, late and missing apart, equal to a naive recount', async () => {
    const p = await get<TaskProgress>(county, `/tasks/${taskId}/periods/2026-03-09/progress`);
    const state = new Map(p.rows.map((r) => [r.orgId, r.state]));
    expect(state.get(tree.villages[1]!.id)).toBe('late');
    expect(state.get(tree.villages[2]!.id)).toBe('missing');
    expect(p.rows.filter((r) => r.state === 'submitted')).toHaveLength(18);
    expect(p.rows.find((r) => r.orgId === tree.villages[3]!.id)).toMatchObject({ revision: 2, state: 'submitted' });
    // The tree: every township's figures equal a count over its villages.
    for (const town of p.tree!.children) {
      const mine = tree.villages.filter((v) => tree.townOf.get(v.id)?.id === town.orgId);
      const reported = mine.filter((v) => sent.get('2026-03-09')!.has(v.id)).length;
      expect([town.assigned, town.reported]).toEqual([mine.length, reported]);
      expect(town.percent).toBe(Math.round((reported / mine.length) * 1000) / 10);
    }
    expect(p.tree).toMatchObject({ assigned: 20, reported: 19, late: 1, missing: 1, percent: 95 });
  });

  it('rolls a period up at every level, equal to sums over the raw reports, with the correction', async () => {
    const week2 = sent.get('2026-03-09')!;
    const top = await get<TaskRollup>(county, `/tasks/${taskId}/periods/2026-03-09/rollup`);
    expect(top.total.count).toBe(19);
    expect(top.total.numbers.population?.sum).toBe(sum(week2.values(), 'population'));
    expect(top.total.numbers.population?.sum).toBe(
      tree.villages.reduce((t, _v, i) => t + (i === 2 ? 0 : i === 3 ? 5555 : valuesFor(i, 2).population), 0),
    );
    const crops: Record<string, number> = {};
    for (const v of week2.values()) crops[v.crop as string] = (crops[v.crop as string] ?? 0) + 1;
    expect(top.total.choices.crop).toEqual(crops);
    for (const row of top.rows) {
      const mine = [...week2.entries()].filter(([id]) => tree.townOf.get(id)?.id === row.orgId).map(([, v]) => v);
      expect(row.group.count).toBe(mine.length);
      expect(row.group.numbers.households?.sum).toBe(sum(mine, 'households'));
      expect(row.group.numbers.farmland?.max).toBe(Math.max(...mine.map((v) => v.farmland as number)));
    }
    // Drill into the first township: one row per village, the missing one empty.
    const town = tree.towns[0]!;
    const down = await get<TaskRollup>(county, `/tasks/${taskId}/periods/2026-03-09/rollup?org=${town.id}`);
    expect(down.rows).toHaveLength(7);
    expect(down.rows.find((r) => r.orgId === tree.villages[2]!.id)?.group.count).toBe(0);
    expect(down.rows.find((r) => r.orgId === tree.villages[3]!.id)?.group.numbers.population?.sum).toBe(5555);
    // A personal (L4) field is withheld per village and in cells under 5.
    expect(down.rows[0]?.group.choices.diagnosis).toBeUndefined();
    expect(top.total.choices.diagnosis).toEqual({ 流感: 5, 无: 14 });
    // Township 0 has 6 reports: 2 流感 and 4 无, both cells under 5.
    expect(down.total.choices.diagnosis).toEqual({ 流感: null, 无: null });
  });

  it('prefills 沿用上期 from the previous period and bound fields from master data', async () => {
    const form = await get<TaskForm>(users.v2!, `/tasks/${taskId}/periods/2026-03-16/form`);
    expect(form.values).toMatchObject({ households: valuesFor(2, 1).households, crop: valuesFor(2, 1).crop });
    // Village 2 missed week 2: 沿用上期 carries its latest report, week 1's.
    expect(form.sources.households).toBe('previous');
    const v0 = await get<TaskForm>(users.v0!, `/tasks/${taskId}/periods/2026-03-09/form`);
    expect(v0.sources).toMatchObject({ population: 'current' });
    const v1 = await get<TaskForm>(users.v1!, `/tasks/${taskId}/periods/2026-03-16/form`);
    expect(v1.values).toMatchObject({ households: valuesFor(1, 2).households, crop: valuesFor(1, 2).crop });
  });

  it('shows a village its to-do and a township only its own villages', async () => {
    const todo = await get<{ items: TodoItem[] }>(users.v3!, '/tasks/todo');
    expect(todo.items.map((t) => [t.period.key, t.state])).toEqual([['2026-03-16', 'open']]);
    const town = await get<TaskProgress>(users.town0!, `/tasks/${taskId}/periods/2026-03-09/progress`);
    expect(town.rows.map((r) => r.orgId).sort()).toEqual(
      tree.villages
        .filter((v) => tree.townOf.get(v.id)?.id === tree.towns[0]!.id)
        .map((v) => v.id)
        .sort(),
    );
    const townRollup = await get<TaskRollup>(users.town0!, `/tasks/${taskId}/periods/2026-03-09/rollup`);
    expect(townRollup.rows.every((r) => tree.townOf.get(r.orgId)?.id === tree.towns[0]!.id)).toBe(true);
    const village = await get<TaskProgress>(users.v0!, `/tasks/${taskId}/periods/2026-03-09/progress`);
    expect(village.rows.map((r) => r.orgId)).toEqual([tree.villages[0]!.id]);
    // Outside the subtree: a sibling township's rollup and another village's form are not found.
    expect(
      (await users.town0!.fetch(`/tasks/${taskId}/periods/2026-03-09/rollup?org=${tree.towns[1]!.id}`)).status,
    ).toBe(404);
    expect(
      (
        await users.town0!.fetch(`/tasks/${taskId}/periods/2026-03-09/report`, {
          method: 'PUT',
          json: { version: 1, values: {} },
        })
      ).status,
    ).toBe(404);
  });
});

describe('master data, corrections, reminders and exports', () => {
  it('prefills master-bound fields and writes a report’s values back when asked, keeping history', async () => {
    const v3 = users.v3!;
    const orgId = tree.villages[3]!.id;
    await v3.fetch(`/orgs/${orgId}/master-data`, { method: 'PUT', json: { values: { 常住人口: 2100 } } });
    const form = await get<TaskForm>(v3, `/tasks/${taskId}/periods/2026-03-16/form`);
    expect(form.values.population).toBe(2100);
    expect(form.sources).toMatchObject({ population: 'master', households: 'previous' });
    const res = await v3.fetch(`/tasks/${taskId}/periods/2026-03-16/report`, {
      method: 'PUT',
      json: { version: appVersion, values: { ...form.values, population: 2150 }, updateMasterData: true },
    });
    expect(res.status).toBe(201);
    expect((await json<{ masterDataUpdated: string[] }>(res)).masterDataUpdated).toEqual(['常住人口']);
    const master = await get<{ values: Record<string, { value: unknown }>; history: Record<string, unknown[]> }>(
      v3,
      `/orgs/${orgId}/master-data`,
    );
    expect(master.values.常住人口?.value).toBe(2150);
    expect(master.history.常住人口).toHaveLength(2);
    // The county reads a village's master data but does not overwrite it.
    expect((await county.fetch(`/orgs/${orgId}/master-data`)).status).toBe(200);
    expect(
      (await county.fetch(`/orgs/${orgId}/master-data`, { method: 'PUT', json: { values: { 户数: 1 } } })).status,
    ).toBe(403);
  });

  it('refuses a report with bad values, naming the field, and stores nothing', async () => {
    const res = await users.v2!.fetch(`/tasks/${taskId}/periods/2026-03-16/report`, {
      method: 'PUT',
      json: { version: appVersion, values: { population: -5, crop: '玉米' } },
    });
    expect(res.status).toBe(422);
    const paths = (await json<{ errors: Array<{ path: string }> }>(res)).errors.map((e) => e.path);
    expect(paths.sort()).toEqual(['values.crop', 'values.population']);
    expect(await s.storage.tasks.fill(taskId, '2026-03-16', tree.villages[2]!.id)).toBeUndefined();
  });

  it('keeps the values a correction replaced', async () => {
    const fill = await s.storage.tasks.fill(taskId, '2026-03-09', tree.villages[3]!.id);
    const history = await s.storage.tasks.revisions(fill!.submission.id);
    expect(history.map((h) => h.values.population)).toEqual([valuesFor(3, 2).population]);
    expect(fill?.submission.values.population).toBe(5555);
  });

  it('reminds the orgs that have not reported, in the app and through the sender', async () => {
    const res = await county.fetch(`/tasks/${taskId}/periods/2026-03-16/reminders`, { method: 'POST' });
    expect(res.status).toBe(200);
    expect((await json<{ sent: number }>(res)).sent).toBe(16); // 20 less villages 0, 3, 5 and 12
    const notices = await get<{ items: Array<{ message: string; periodKey: string }> }>(users.v1!, '/notices');
    expect(notices.items[0]).toMatchObject({ periodKey: '2026-03-16' });
    expect(notices.items[0]?.message).toContain('村情周报');
    expect((await get<{ items: unknown[] }>(users.v0!, '/notices')).items).toHaveLength(0);
    expect(relayed.map((r) => r.orgId).sort()).toEqual(
      tree.villages
        .filter((_, i) => ![0, 3, 5, 12].includes(i))
        .map((v) => v.id)
        .sort(),
    );
    // A village official cannot remind anyone.
    expect((await users.v1!.fetch(`/tasks/${taskId}/periods/2026-03-16/reminders`, { method: 'POST' })).status).toBe(
      404,
    );
  });

  it('exports the rollup as a paper report: villages, township subtotals, total, period and time', async () => {
    const res = await county.fetch(`/tasks/${taskId}/periods/2026-03-09/rollup.xlsx`);
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const sheet = book.worksheets[0]!;
    const rows = sheet.getSheetValues().filter(Boolean) as unknown[][];
    const text = rows.map((r) => r.slice(1));
    expect(text[0]?.[0]).toBe('村情周报');
    expect(String(text[1]?.[0])).toContain('2026-03-09 至 2026-03-15');
    expect(String(text[2]?.[0])).toContain('数据提取时间');
    const header = text[3] as string[];
    const col = header.indexOf('常住人口');
    const subtotals = text.filter((r) => String(r[0]).endsWith('小计'));
    expect(subtotals).toHaveLength(3);
    const total = text[text.length - 1]!;
    expect(total[0]).toBe('合计');
    expect(total[col]).toBe(sum(sent.get('2026-03-09')!.values(), 'population'));
    expect(subtotals.reduce((t, r) => t + (r[col] as number), 0)).toBe(total[col]);
    expect(text.filter((r) => r[1] === '未报').map((r) => r[0])).toEqual([tree.villages[2]!.name]);
    const progress = await county.fetch(`/tasks/${taskId}/periods/2026-03-09/progress.xlsx`);
    expect(progress.headers.get('content-type')).toContain('spreadsheetml');
  });

  it('changes assignees after sending: removed orgs keep their reports, added ones get the to-do (audited)', async () => {
    const [v2, v5, v6] = [tree.villages[2]!, tree.villages[5]!, tree.villages[6]!];
    const change = (client: Client, body: unknown) =>
      client.fetch(`/tasks/${taskId}/assignees`, { method: 'POST', json: body });
    const todoOf = async (client: Client) =>
      (await get<{ items: TodoItem[] }>(client, '/tasks/todo')).items.filter((t) => t.task.id === taskId);
    expect((await todoOf(users.v2!)).length).toBeGreaterThan(0);

    // Village 5 reported this week, villages 2 and 6 did not.
    const res = await change(county, { remove: [v5.id, v6.id, v2.id] });
    expect(res.status, await res.clone().text()).toBe(200);
    const body = await json<ChangeAssigneesResponse>(res);
    expect(body.removed).toEqual([v5.id, v6.id, v2.id]);
    expect(body.assignees.map((a) => a.orgId)).not.toContain(v5.id);
    const detail = await get<TaskDetail>(county, `/tasks/${taskId}`);
    expect(detail.assignees).toHaveLength(17);
    expect(await todoOf(users.v2!)).toEqual([]);

    const progress = await get<TaskProgress>(county, `/tasks/${taskId}/periods/2026-03-16/progress`);
    expect(progress.rows.find((r) => r.orgId === v5.id)?.state).toBe('submitted');
    expect(progress.rows.map((r) => r.orgId)).not.toContain(v6.id);
    expect(progress.rows).toHaveLength(18);
    const rollup = await get<TaskRollup>(county, `/tasks/${taskId}/periods/2026-03-16/rollup`);
    const reported = progress.rows.filter((r) => r.submittedAt !== null).length;
    expect(rollup.total.count).toBe(reported);
    expect(rollup.rows.reduce((t, r) => t + r.group.count, 0)).toBe(reported);

    // Added back (all villages of its township): village 2 is asked again.
    const back = await change(county, { add: { kind: 'children', orgId: tree.townOf.get(v2.id)!.id } });
    expect((await json<ChangeAssigneesResponse>(back)).added.sort()).toEqual(
      [v2.id, v5.id, v6.id].filter((id) => tree.townOf.get(id) === tree.townOf.get(v2.id)).sort(),
    );
    expect((await todoOf(users.v2!)).length).toBeGreaterThan(0);
    await change(county, { add: { kind: 'list', orgIds: [v5.id, v6.id] } });
    expect((await get<TaskDetail>(county, `/tasks/${taskId}`)).assignees).toHaveLength(20);

    // Bad input names its path; a village may not change the task; a viewer is refused.
    const bad = await change(county, { remove: [tree.county.id] });
    expect(bad.status).toBe(422);
    expect((await json<{ errors: Array<{ path: string }> }>(bad)).errors[0]?.path).toBe('remove[0]');
    const outside = await change(county, { add: { kind: 'list', orgIds: [999_999] } });
    expect((await json<{ errors: Array<{ path: string }> }>(outside)).errors[0]?.path).toBe('add.orgIds[0]');
    expect((await change(users.v1!, { remove: [v5.id] })).status).toBe(404);
    expect((await change(users.town0!, { remove: [v5.id] })).status).toBe(403);
    const log = await s.storage.audit.list({ orgId: tree.county.id }, { limit: 200 });
    const entry = log.find((e) => e.action === 'task.assignees');
    expect(entry).toBeDefined();
  });

  it('audits creating, changing and closing a task, and refuses bad input with paths', async () => {
    const bad = await county.fetch('/tasks', {
      method: 'POST',
      json: {
        appId: 999,
        title: '',
        recurrence: 'yearly',
        startsOn: 'x',
        deadlineDays: 1,
        assign: { kind: 'level', level: 'village' },
      },
    });
    expect(bad.status).toBe(422);
    const paths = (await json<{ errors: Array<{ path: string }> }>(bad)).errors.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['title', 'recurrence', 'startsOn']));
    // A village builder sees the task but did not send it; a viewer may not change anything.
    expect((await users.v1!.fetch(`/tasks/${taskId}`, { method: 'PATCH', json: { title: 'x' } })).status).toBe(404);
    expect((await users.town0!.fetch(`/tasks/${taskId}`, { method: 'PATCH', json: { title: 'x' } })).status).toBe(403);
    expect((await county.fetch(`/tasks/${taskId}`, { method: 'PATCH', json: { deadlineDays: 2 } })).status).toBe(204);
    expect((await county.fetch(`/tasks/${taskId}/close`, { method: 'POST' })).status).toBe(204);
    const late = await users.v1!.fetch(`/tasks/${taskId}/periods/2026-03-16/report`, {
      method: 'PUT',
      json: { version: appVersion, values: valuesFor(1, 3) },
    });
    expect(late.status).toBe(409);
    const log = await s.storage.audit.list({ orgId: tree.county.id }, { limit: 200 });
    const actions = log.map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(['task.create', 'task.update', 'task.close', 'task.remind', 'task.report']),
    );
  });
});
