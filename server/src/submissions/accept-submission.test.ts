import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createResultCodeService } from '../result-codes/service.ts';
import { seedDemo } from '../seed/demo.ts';
import { sampleValues } from '../seed/samples.ts';
import { createSqliteStorage } from '../storage/sqlite/index.ts';
import type { AppDefinition } from '@sprout/shared/definition';
import type { PublishedApp, Storage } from '../storage/types.ts';
import { type AcceptDeps, acceptSubmission, type Submitter } from './accept-submission.ts';

const resident: Submitter = {
  locale: 'zh-CN',
  userId: null,
  ip: '203.0.113.9',
  publicBaseUrl: 'https://sprout.example',
};
const health = () => sampleValues('2026-03-02')['health-code']![0]!;

describe('acceptSubmission (no HTTP: the domain step public submit, resubmit and the seed share)', () => {
  let dir: string;
  let storage: Storage;
  let deps: AcceptDeps;
  let app: PublishedApp;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sprout-accept-'));
    storage = createSqliteStorage({ file: join(dir, 'x.db'), divisions: 'fixture' });
    deps = {
      storage,
      resultCodes: createResultCodeService({ dataDir: dir }),
      workCalendar: { holidays: new Set(), workingWeekends: new Set() },
      clock: { now: () => new Date('2026-03-02T02:00:00Z') },
      utcOffsetMinutes: 480,
    };
    await seedDemo(deps);
    app = (await storage.apps.published('health-code'))!;
  });
  afterAll(async () => {
    await storage.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores a valid submission with the outcome computed here and a signed code, and replays it by key', async () => {
    const first = await acceptSubmission(deps, {
      app,
      body: { version: app.version, consentVersion: app.version, values: health() },
      idempotencyKey: 'k-1',
      submitter: resident,
    });
    expect(first.status).toBe(201);
    expect(first.receipt.outcome?.code).toBeTruthy();
    expect(first.receipt.resultCode).toMatch(/\S{40,}/);
    const again = await acceptSubmission(deps, {
      app,
      body: { version: app.version, consentVersion: app.version, values: health() },
      idempotencyKey: 'k-1',
      submitter: resident,
    });
    expect(again.status).toBe(200);
    expect(again.receipt.receiptCode).toBe(first.receipt.receiptCode);
    // The first receipt's expiry comes from signing, the replay's from reading the code: the same.
    const { exp } = decodeJwt(first.receipt.resultCode ?? '');
    expect(first.receipt.resultCodeExpiresAt).toBe(new Date((exp ?? 0) * 1000).toISOString());
    expect(again.receipt).toEqual(first.receipt);
  });

  it('names invalid fields as values.… so any client can place them under their field', async () => {
    const sent = acceptSubmission(deps, {
      app,
      body: { version: app.version, consentVersion: app.version, values: { ...health(), name: '' } },
      idempotencyKey: 'k-2',
      submitter: resident,
    });
    await expect(sent).rejects.toMatchObject({ status: 422, errors: [{ path: 'values.name' }] });
  });

  it('enforces requiredWhen on the server: required while its condition holds, optional otherwise', async () => {
    const county = (await storage.orgs.byCode('330110'))!;
    const definition = {
      schemaVersion: 2,
      meta: { title: '条件必填' },
      pages: [
        {
          id: 'p1',
          title: '申报',
          nodes: [
            {
              id: 'n1',
              type: 'radio',
              name: 'fever',
              required: true,
              props: {
                label: '发热',
                options: [
                  { value: '是', label: '是' },
                  { value: '否', label: '否' },
                ],
              },
            },
            { id: 'n2', type: 'text', name: 'detail', requiredWhen: 'fever == "是"', props: { label: '说明' } },
          ],
        },
      ],
      computed: [],
      outcomes: [],
      settings: {
        submitters: 'anyone',
        anonymous: false,
        oncePer: 'none',
        review: { required: false },
        resultCode: { issue: false },
        retentionDays: 30,
      },
    } as unknown as AppDefinition;
    const created = await storage.apps.create({
      orgId: county.id,
      slug: 'required-when',
      title: '条件必填',
      draft: definition,
      createdBy: null,
      now: '2026-03-02T02:00:00Z',
    });
    await storage.apps.publish(created.id, definition, null, '2026-03-02T02:00:00Z');
    const published = (await storage.apps.published('required-when'))!;
    const send = (values: Record<string, unknown>, key: string) =>
      acceptSubmission(deps, {
        app: published,
        body: { version: published.version, values },
        idempotencyKey: key,
        submitter: resident,
      });
    await expect(send({ fever: '是' }, 'rw-1')).rejects.toMatchObject({
      status: 422,
      errors: [{ path: 'values.detail' }],
    });
    expect((await send({ fever: '否' }, 'rw-2')).status).toBe(201);
    expect((await send({ fever: '是', detail: '38 度' }, 'rw-3')).status).toBe(201);
  });

  it('gives the first receipt to exactly one of two concurrent requests with one key and different bodies', async () => {
    const send = (name: string) =>
      acceptSubmission(deps, {
        app,
        body: { version: app.version, consentVersion: app.version, values: { ...health(), name } },
        idempotencyKey: 'k-race',
        submitter: resident,
      }).then(
        (r) => r.status,
        (e: { status?: number }) => e.status,
      );
    const statuses = await Promise.all([send('张三'), send('李四')]);
    expect(statuses.sort()).toEqual([201, 409]);
    expect((await storage.submissions.byIdempotencyKey(app.appId, 'k-race'))?.submission.values.name).toBeTruthy();
  });
});
