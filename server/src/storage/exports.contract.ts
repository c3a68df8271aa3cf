import { createBlankDefinition } from '@sprout/shared/definition';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { submissionRow } from './submission-row.fixture.ts';
import type { Storage } from './types.ts';

const AT = '2026-03-02T02:00:00.000Z';

/** Export row counts and export progress: behaviour every Storage implementation must show. */
export function runExportContract(name: string, open: () => Promise<{ storage: Storage; dispose(): Promise<void> }>) {
  describe(`export storage contract: ${name}`, () => {
    let storage: Storage;
    let dispose: () => Promise<void>;
    let appId: number;

    beforeEach(async () => {
      ({ storage, dispose } = await open());
      const org = await storage.orgs.create({ parentId: null, name: '余杭区', code: '330110', level: 'county' });
      const app = await storage.apps.create({
        orgId: org.id,
        slug: 'e1',
        title: 'e1',
        draft: createBlankDefinition('x'),
        createdBy: null,
        now: AT,
      });
      appId = app.id;
      for (const [i, status] of (['received', 'pending', 'pending'] as const).entries()) {
        await storage.submissions.insert(
          submissionRow(appId, org.id, { receiptCode: `RC${i}`, status, values: { name: `n${i}` }, submittedAt: AT }),
        );
      }
    });
    afterEach(() => dispose());

    it('counts the rows an export of a filter will write', async () => {
      expect(await storage.exports.count(appId, {})).toBe(3);
      expect(await storage.exports.count(appId, { status: 'pending' })).toBe(2);
      expect(await storage.exports.count(appId, { status: 'pending', limit: 1 })).toBe(2);
    });

    it('keeps progress per user, stops at a cancel, and never restarts a finished export', async () => {
      const p = { id: 'x-1', appId, userId: 7, total: 3, updatedAt: AT };
      expect(await storage.exportProgress.start(p)).toBe(true);
      expect(await storage.exportProgress.start(p)).toBe(false);
      expect(await storage.exportProgress.advance('x-1', 2, AT)).toBe('running');
      expect(await storage.exportProgress.get('x-1', 8)).toBeUndefined();
      expect(await storage.exportProgress.get('x-1', 7)).toMatchObject({ total: 3, done: 2, state: 'running' });
      expect(await storage.exportProgress.cancel('x-1', 8, AT)).toBe(false);
      expect(await storage.exportProgress.cancel('x-1', 7, AT)).toBe(true);
      expect(await storage.exportProgress.advance('x-1', 3, AT)).toBe('cancelled');
      await storage.exportProgress.finish('x-1', 'done', AT);
      expect((await storage.exportProgress.get('x-1', 7))?.state).toBe('cancelled');
      expect(await storage.exportProgress.advance('nope', 1, AT)).toBeUndefined();
    });
  });
}
