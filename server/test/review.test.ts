import { EXAMPLES } from '@sprout/examples';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, json, login, request, startTestServer, type TestServer } from './harness.ts';
import { healthValues } from './valid-values.ts';

interface Receipt {
  receiptCode: string;
  status: string;
  reviewComment?: string;
  editToken?: string;
}
interface Item {
  id: number;
  appId: number;
  status: string;
  revision: number;
  overdue: boolean;
  reviewDueAt: string | null;
  submittedAt: string;
  receiptCode: string;
  claimedBy: { displayName: string } | null;
}

/** The health declaration, but sent to review with a 3-working-day limit, published by 径山村. */
async function reviewedApp(s: TestServer, slugHint: string): Promise<{ id: number; slug: string }> {
  const county = await login(s.url, 'county-admin');
  const orgs = await json<{ items: Array<{ id: number; code: string }> }>(await county.fetch('/orgs'));
  const village = orgs.items.find((o) => o.code === '330110109222')!.id;
  const base = EXAMPLES['health-code']!;
  const definition = {
    ...base,
    settings: {
      ...base.settings,
      review: { required: true, timeLimitDays: 3, displayFields: ['temperature', 'name'] },
      resultCode: { issue: false },
    },
  };
  const res = await county.fetch('/apps', {
    method: 'POST',
    json: { title: `审核 ${slugHint}`, orgId: village, definition },
  });
  expect(res.status).toBe(201);
  const app = await json<{ id: number; slug: string }>(res);
  expect((await county.fetch(`/apps/${app.id}/publish`, { method: 'POST' })).status).toBe(201);
  return app;
}

let keyN = 0;
async function submit(s: TestServer, slug: string, values = healthValues()): Promise<Receipt & { id: number }> {
  const res = await request(s.url, `/public/apps/${slug}/submissions`, {
    method: 'POST',
    json: { version: 1, consentVersion: 1, values },
    headers: { 'idempotency-key': `review-${++keyN}` },
  });
  expect(res.status).toBe(201);
  const receipt = await json<Receipt>(res);
  const county = await login(s.url, 'county-reviewer');
  const items = await json<{ items: Item[] }>(await county.fetch('/review/queue'));
  const item = items.items.find((i) => i.receiptCode === receipt.receiptCode);
  expect(item).toBeDefined();
  return { ...receipt, id: item!.id };
}

const decide = (who: Client, appId: number, sid: number, action: string, comment?: string) =>
  who.fetch(`/apps/${appId}/submissions/${sid}/review`, {
    method: 'POST',
    json: { action, ...(comment ? { comment } : {}) },
  });

describe('review through the routes', () => {
  let s: TestServer;
  let app: { id: number; slug: string };
  let village: Client;
  let town: Client;
  let county: Client;

  beforeAll(async () => {
    s = await startTestServer();
    app = await reviewedApp(s, 'a');
    [village, town, county] = await Promise.all([
      login(s.url, 'jingshancun-builder'),
      login(s.url, 'jingshan-reviewer'),
      login(s.url, 'county-reviewer'),
    ]);
  }, 120_000);
  afterAll(() => s.close());

  it('puts a submission in the queue of the app’s org and its ancestors, nobody else’s', async () => {
    const r = await submit(s, app.slug);
    expect(r.status).toBe('pending');
    for (const who of [village, town, county]) {
      const q = await json<{ items: Item[] }>(await who.fetch(`/review/queue?appId=${app.id}`));
      expect(q.items.map((i) => i.id)).toContain(r.id);
    }
    const other = await login(s.url, 'zhangyan-builder');
    const q = await json<{ items: Item[] }>(await other.fetch('/review/queue'));
    expect(q.items.map((i) => i.id)).not.toContain(r.id);
    expect((await decide(other, app.id, r.id, 'approve')).status).toBe(404);
    const viewer = await login(s.url, 'county-viewer');
    expect((await decide(viewer, app.id, r.id, 'approve')).status).toBe(403);
  });

  it('names each answer by its question’s label, and the answers the builder chose to show first', async () => {
    const r = await submit(s, app.slug);
    type Labelled = Item & { questions: Array<{ name: string; label: string }>; displayFields: string[] };
    const q = await json<{ items: Labelled[] }>(await town.fetch(`/review/queue?appId=${app.id}`));
    const item = q.items.find((i) => i.id === r.id)!;
    expect(item.displayFields).toEqual(['temperature', 'name']);
    expect(item.questions.slice(0, 2)).toEqual([
      { name: 'name', label: '姓名' },
      { name: 'idNumber', label: '身份证号码' },
    ]);
    const en = await json<{ items: Labelled[] }>(
      await town.fetch(`/review/queue?appId=${app.id}`, { headers: { 'accept-language': 'en' } }),
    );
    expect(en.items.find((i) => i.id === r.id)!.questions[0]).toEqual({ name: 'name', label: 'Full name' });
  });

  it('claim holds the item for one reviewer; release gives it back', async () => {
    const r = await submit(s, app.slug);
    const claimed = await decide(village, app.id, r.id, 'claim');
    expect(claimed.status).toBe(200);
    expect(await json(claimed)).toMatchObject({ status: 'claimed', claimedBy: { displayName: '径山村网格员' } });
    const stolen = await decide(town, app.id, r.id, 'approve');
    expect(stolen.status).toBe(409);
    expect(stolen.headers.get('content-type')).toContain('application/problem+json');
    expect((await decide(town, app.id, r.id, 'claim')).status).toBe(409);
    expect(await json(await decide(village, app.id, r.id, 'release'))).toMatchObject({
      status: 'pending',
      claimedBy: null,
    });
    expect(await json(await decide(town, app.id, r.id, 'approve'))).toMatchObject({ status: 'approved' });
    expect((await decide(town, app.id, r.id, 'approve')).status).toBe(409);
  });

  it('two reviewers deciding the same item at once: exactly one wins, the other gets 409', async () => {
    for (let round = 0; round < 5; round++) {
      const r = await submit(s, app.slug);
      const [first, second] = await Promise.all([
        decide(village, app.id, r.id, 'approve'),
        decide(county, app.id, r.id, 'reject', '材料不全'),
      ]);
      expect([first.status, second.status].sort()).toEqual([200, 409]);
      const loser = first.status === 409 ? first : second;
      expect(loser.headers.get('content-type')).toContain('application/problem+json');
      const winner = first.status === 200 ? 'approved' : 'rejected';
      const admin = await login(s.url, 'county-admin');
      const detail = await json<{ status: string; history: Array<{ toStatus: string }> }>(
        await admin.fetch(`/apps/${app.id}/submissions/${r.id}`),
      );
      expect(detail.status).toBe(winner);
      expect(detail.history.map((h) => h.toStatus)).toEqual(['pending', winner]);
    }
  });

  it('the storage step is a compare-and-set: a second step from the same status changes nothing', async () => {
    const r = await submit(s, app.slug);
    const step = (to: 'approved' | 'rejected', comment: string | null) =>
      s.storage.review.transition({
        submissionId: r.id,
        from: 'pending',
        to,
        actorUserId: null,
        comment,
        at: s.clock.now().toISOString(),
        claimedBy: null,
      });
    // Which one wins is the engine's to decide (PostgreSQL runs them on two connections); only one may.
    const [a, b] = await Promise.all([step('approved', null), step('rejected', '晚到的决定')]);
    expect([a, b].filter(Boolean)).toHaveLength(1);
    const winner = a ? 'approved' : 'rejected';
    expect((await s.storage.review.item(app.id, r.id))?.status).toBe(winner);
    expect((await s.storage.submissions.history(r.id)).map((e) => e.toStatus)).toEqual([winner]);
  });

  it('return needs a comment; the resident sees it, corrects and resubmits under the same receipt', async () => {
    const r = await submit(s, app.slug);
    expect(r.editToken).toEqual(expect.any(String));
    const bare = await decide(town, app.id, r.id, 'return');
    expect(bare.status).toBe(422);
    expect((await json<{ errors: Array<{ path: string }> }>(bare)).errors[0]?.path).toBe('comment');
    expect(await json(await decide(town, app.id, r.id, 'return', '请填写真实的联系电话'))).toMatchObject({
      status: 'returned',
    });

    const seen = await json<Receipt>(await request(s.url, `/public/receipts/${r.receiptCode}`));
    expect(seen).toMatchObject({ status: 'returned', reviewComment: '请填写真实的联系电话' });

    const answers = `/public/receipts/${r.receiptCode}/answers`;
    expect((await request(s.url, answers)).status).toBe(403);
    const mine = await json<{ values: Record<string, unknown>; slug: string; revision: number }>(
      await request(s.url, answers, { headers: { 'x-edit-token': r.editToken! } }),
    );
    expect(mine).toMatchObject({ slug: app.slug, revision: 1, values: healthValues() });

    const corrected = { ...healthValues(), phone: '13912345678' };
    const put = (token: string) =>
      request(s.url, `/public/receipts/${r.receiptCode}`, {
        method: 'PUT',
        json: { version: 1, consentVersion: 1, values: corrected },
        headers: { 'x-edit-token': token },
      });
    expect((await put('not-the-token')).status).toBe(403);
    const again = await put(r.editToken!);
    expect(again.status).toBe(200);
    expect(await json(again)).toMatchObject({ receiptCode: r.receiptCode, status: 'pending' });
    expect((await put(r.editToken!)).status).toBe(409);

    const q = await json<{ items: Item[] }>(await town.fetch(`/review/queue?appId=${app.id}`));
    expect(q.items.find((i) => i.id === r.id)).toMatchObject({ status: 'pending', revision: 2 });
    const admin = await login(s.url, 'county-admin');
    const detail = await json<{ values: Record<string, unknown>; history: Array<Record<string, unknown>> }>(
      await admin.fetch(`/apps/${app.id}/submissions/${r.id}`),
    );
    expect(detail.values.phone).toBe('139****5678');
    const whole = await json<{ values: Record<string, unknown> }>(
      await admin.fetch(`/apps/${app.id}/submissions/${r.id}/unmask`, { method: 'POST', json: { reason: '核对更正' } }),
    );
    expect(whole.values.phone).toBe('13912345678');
    expect(detail.history).toEqual([
      expect.objectContaining({ toStatus: 'pending' }),
      expect.objectContaining({ fromStatus: 'pending', toStatus: 'returned', comment: '请填写真实的联系电话' }),
      expect.objectContaining({ fromStatus: 'returned', toStatus: 'pending', actor: null }),
    ]);
    const log = await json<{ items: Array<{ action: string; targetId: string; detail?: Record<string, unknown> }> }>(
      await admin.fetch('/audit'),
    );
    expect(log.items).toContainEqual(
      expect.objectContaining({
        action: 'submission.return',
        targetId: String(r.id),
        detail: expect.objectContaining({ from: 'pending', to: 'returned', comment: '请填写真实的联系电话' }),
      }),
    );
  });
});

describe('time limits', () => {
  let s: TestServer;

  beforeAll(async () => {
    s = await startTestServer();
  }, 120_000);
  afterAll(() => s.close());

  it('flags items past their working-day limit, lists them oldest first across the subtree, and counts them', async () => {
    // The harness clock starts on Monday 2026-03-02, 10:00 in China.
    const app = await reviewedApp(s, 'b');
    const older = await submit(s, app.slug);
    s.clock.advance(3600_000);
    const newer = await submit(s, app.slug);
    // Sessions expire while the clock jumps days ahead, so each look signs in afresh.
    const as = (username: string) => login(s.url, username);
    const overdueIds = async (username: string) =>
      (await json<{ items: Item[] }>(await (await as(username)).fetch('/review/overdue'))).items.map((i) => i.id);
    const summary = async () =>
      json<{ waiting: number; overdue: number }>(await (await as('county-reviewer')).fetch('/review/summary'));
    const before = await summary();
    expect(await overdueIds('county-reviewer')).not.toContain(older.id);

    // 3 working days from Monday run out at the end of Thursday (16:00Z); one minute before, nothing is late.
    s.clock.advance(Date.parse('2026-03-05T15:59:00Z') - s.clock.now().getTime());
    expect(await overdueIds('county-reviewer')).not.toContain(older.id);
    s.clock.advance(60_000);
    const town = await as('jingshan-reviewer');
    const late = await json<{ items: Item[] }>(await town.fetch('/review/overdue'));
    const mine = late.items.filter((i) => i.appId === app.id);
    expect(mine.map((i) => i.id)).toEqual([older.id, newer.id]);
    expect(mine.every((i) => i.overdue && i.reviewDueAt === '2026-03-05T16:00:00.000Z')).toBe(true);
    const times = late.items.map((i) => i.submittedAt);
    expect(times).toEqual([...times].sort());

    // The county sees its other towns' late items too (the seeded elderly subsidy of 瓶窑镇, 3 days);
    // the town sees only its own subtree.
    const countyLate = await overdueIds('county-reviewer');
    expect(countyLate.length).toBeGreaterThan(late.items.length);
    expect(countyLate).toEqual(expect.arrayContaining([older.id, newer.id]));
    expect(await overdueIds('pingyao-builder')).not.toContain(older.id);

    const after = await summary();
    expect(after.overdue).toBeGreaterThanOrEqual(before.overdue + 2);
    expect(after.waiting).toBe(before.waiting);

    // A decision takes it off the overdue list.
    expect((await decide(town, app.id, older.id, 'approve')).status).toBe(200);
    expect(await overdueIds('jingshan-reviewer')).not.toContain(older.id);
    expect(await overdueIds('jingshan-reviewer')).toContain(newer.id);
  });

  it('skips weekends: a Friday arrival with 3 working days runs out at the end of Wednesday', async () => {
    const app = await reviewedApp(s, 'c');
    s.clock.advance(Date.parse('2026-03-06T02:00:00Z') - s.clock.now().getTime()); // Friday 10:00 CST
    const r = await submit(s, app.slug);
    const town = await login(s.url, 'jingshan-reviewer');
    const q = await json<{ items: Item[] }>(await town.fetch(`/review/queue?appId=${app.id}`));
    expect(q.items.find((i) => i.id === r.id)?.reviewDueAt).toBe('2026-03-11T16:00:00.000Z');
  });

  it('skips the holidays the deployment is configured with', async () => {
    const holidays = await startTestServer({ app: { workCalendar: { holidays: ['2026-03-03'] } } });
    try {
      const app = await reviewedApp(holidays, 'd');
      const r = await submit(holidays, app.slug); // Monday 2026-03-02; Tuesday is a holiday
      const town = await login(holidays.url, 'jingshan-reviewer');
      const q = await json<{ items: Item[] }>(await town.fetch(`/review/queue?appId=${app.id}`));
      expect(q.items.find((i) => i.id === r.id)?.reviewDueAt).toBe('2026-03-06T16:00:00.000Z');
    } finally {
      await holidays.close();
    }
  });
});
