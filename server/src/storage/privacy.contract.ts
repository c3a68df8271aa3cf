import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../audit/audit-chain.ts';
import { yuhangTree } from './org-tree.fixture.ts';
import type { AuditEntry, Org, Storage } from './types.ts';

const AT = '2026-03-02T02:00:00.000Z';

/**
 * Personal-data storage every implementation must show: the hash-chained, filterable
 * audit log, retention and deletion of submissions, and job leases.
 */
export function runPrivacyContract(name: string, open: () => Promise<{ storage: Storage; dispose(): Promise<void> }>) {
  describe(`privacy storage contract: ${name}`, () => {
    let storage: Storage;
    let dispose: () => Promise<void>;
    let town: Org;
    let village: Org;

    beforeEach(async () => {
      ({ storage, dispose } = await open());
      ({ town, village } = await yuhangTree(storage));
    });
    afterEach(() => dispose());

    const entry = (over: Partial<AuditEntry>): AuditEntry => ({
      at: AT,
      userId: 1,
      orgId: village.id,
      action: 'submission.view',
      targetType: 'submission',
      targetId: '1',
      ip: '127.0.0.1',
      ...over,
    });

    it('chains every audit entry to the one before, and the chain verifies', async () => {
      for (let i = 0; i < 5; i++) await storage.audit.record(entry({ targetId: String(i), detail: { i, z: 'ä' } }));
      const report = await verifyAuditChain(storage.audit.chain());
      expect(report).toMatchObject({ ok: true, checked: 5 });
      const [newest] = await storage.audit.list({ orgId: town.id }, { limit: 1 });
      expect(newest?.hash).toBe(report.lastHash);
    });

    it('filters the audit log by user, action (with sub-actions) and time, inside the scope', async () => {
      await storage.audit.record(entry({ userId: 1, action: 'submission.view', at: '2026-03-01T00:00:00.000Z' }));
      await storage.audit.record(entry({ userId: 2, action: 'submission.unmask', at: '2026-03-02T00:00:00.000Z' }));
      await storage.audit.record(entry({ userId: 2, action: 'submissions.export', at: '2026-03-03T00:00:00.000Z' }));
      await storage.audit.record(entry({ userId: 2, action: 'user.create', orgId: town.id }));
      const scope = { orgId: town.id };
      expect(await storage.audit.list(scope, { userId: 2 })).toHaveLength(3);
      expect((await storage.audit.list(scope, { action: 'submission' })).map((e) => e.action)).toEqual([
        'submission.unmask',
        'submission.view',
      ]);
      const day = await storage.audit.list(scope, { from: '2026-03-02T00:00:00.000Z', to: '2026-03-03T00:00:00.000Z' });
      expect(day.map((e) => e.action)).toEqual(['user.create', 'submission.unmask']);
      expect(await storage.audit.list({ orgId: village.id }, { action: 'user' })).toHaveLength(0);
    });
  });
}
