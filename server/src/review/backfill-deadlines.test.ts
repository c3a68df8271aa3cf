import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXAMPLES } from '@sprout/examples';
import { afterEach, describe, expect, it } from 'vitest';
import { createSqliteStorage } from '../storage/sqlite/index.ts';
import type { Storage } from '../storage/types.ts';
import { backfillReviewDeadlines } from './backfill-deadlines.ts';
import { submissionRow } from '../storage/submission-row.fixture.ts';

const AT = '2026-03-02T02:00:00.000Z'; // Monday 10:00 in China
let storage: Storage | undefined;
let dir = '';
afterEach(async () => {
  await storage?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('backfillReviewDeadlines', () => {
  it('dates open items stored without a deadline from their version’s limit, and only those', async () => {
    dir = mkdtempSync(join(tmpdir(), 'sprout-backfill-'));
    storage = createSqliteStorage({ file: join(dir, 'x.db') });
    const org = await storage.orgs.create({ parentId: null, name: '瓶窑镇', code: '330110110', level: 'township' });
    const definition = EXAMPLES['elderly-subsidy']!; // 3 working days
    const app = await storage.apps.create({
      orgId: org.id,
      slug: 'e',
      title: 'e',
      draft: definition,
      createdBy: null,
      now: AT,
    });
    await storage.apps.publish(app.id, definition, null, AT);
    const base = submissionRow(app.id, org.id, { receiptCode: '', submittedAt: AT });
    await storage.submissions.insert({ ...base, receiptCode: 'OLD1', status: 'pending' });
    await storage.submissions.insert({ ...base, receiptCode: 'DONE1', status: 'approved' });
    await storage.submissions.insert({
      ...base,
      receiptCode: 'NEW1',
      status: 'pending',
      reviewDueAt: '2026-04-01T16:00:00.000Z',
    });

    expect(await backfillReviewDeadlines(storage)).toBe(1);
    const queue = await storage.review.queue({ orgId: org.id }, { statuses: ['pending'] });
    expect(Object.fromEntries(queue.map((i) => [i.receiptCode, i.reviewDueAt]))).toEqual({
      OLD1: '2026-03-05T16:00:00.000Z',
      NEW1: '2026-04-01T16:00:00.000Z',
    });
    expect(await backfillReviewDeadlines(storage)).toBe(0);
  });
});
