import { createBlankDefinition } from '@sprout/shared/definition';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { submissionRow } from './submission-row.fixture.ts';
import type { NewSubmission, Org, Storage } from './types.ts';

const AT = '2026-03-02T02:00:00.000Z';

/**
 * The behaviour every Storage implementation must show. SQLite runs it today; a
 * PostgreSQL-compatible implementation runs the same suite before any route uses it.
 */
export function runStorageContract(name: string, open: () => Promise<{ storage: Storage; dispose(): Promise<void> }>) {
  describe(`storage contract: ${name}`, () => {
    let storage: Storage;
    let dispose: () => Promise<void>;
    let county: Org;
    let town: Org;
    let village: Org;
    let sibling: Org;

    beforeEach(async () => {
      ({ storage, dispose } = await open());
      county = await storage.orgs.create({ parentId: null, name: '余杭区', code: '330110', level: 'county' });
      town = await storage.orgs.create({ parentId: county.id, name: '径山镇', code: '330110109', level: 'township' });
      village = await storage.orgs.create({
        parentId: town.id,
        name: '径山村',
        code: '330110109222',
        level: 'village',
      });
      sibling = await storage.orgs.create({
        parentId: town.id,
        name: '双溪村',
        code: '330110109211',
        level: 'village',
      });
    });
    afterEach(() => dispose());

    const newApp = (orgId: number, slug: string) =>
      storage.apps.create({ orgId, slug, title: slug, draft: createBlankDefinition(slug), createdBy: null, now: AT });
    const row = (appId: number, orgId: number, over: Partial<NewSubmission> = {}): NewSubmission =>
      submissionRow(appId, orgId, {
        receiptCode: `R${Math.random().toString(36).slice(2, 11).toUpperCase()}`,
        submittedAt: AT,
        values: { name: '张三' },
        ...over,
      });

    it('keeps org subtrees: parents first, siblings out', async () => {
      expect((await storage.orgs.subtree({ orgId: town.id })).map((o) => o.code)).toEqual([
        '330110109',
        '330110109211',
        '330110109222',
      ]);
      expect(await storage.orgs.get(sibling.id, { orgId: village.id })).toBeUndefined();
      expect((await storage.orgs.get(village.id, { orgId: county.id }))?.name).toBe('径山村');
      expect((await storage.orgs.ancestors(village.id)).map((o) => o.code)).toEqual([
        '330110',
        '330110109',
        '330110109222',
      ]);
    });

    it('finds users by name case-insensitively and scopes them', async () => {
      const u = await storage.users.create(
        { username: 'Li.Ming', displayName: '李明', orgId: sibling.id, roles: ['viewer'], passwordHash: 'h' },
        AT,
      );
      expect((await storage.users.byUsername('li.ming'))?.id).toBe(u.id);
      expect(await storage.users.get(u.id, { orgId: village.id })).toBeUndefined();
      await storage.users.update(u.id, { roles: ['builder', 'reviewer'], disabled: true }, AT);
      expect(await storage.users.get(u.id)).toMatchObject({ roles: ['builder', 'reviewer'], disabled: true });
    });

    it('saves drafts only at the current revision, and freezes published versions', async () => {
      const app = await newApp(village.id, 'a1');
      expect(await storage.apps.saveDraft(app.id, createBlankDefinition('二'), 1, AT)).toBe(2);
      expect(await storage.apps.saveDraft(app.id, createBlankDefinition('三'), 1, AT)).toBe('conflict');
      expect(await storage.apps.publish(app.id, createBlankDefinition('二'), null, AT)).toBe(1);
      await storage.apps.saveDraft(app.id, createBlankDefinition('三'), 2, AT);
      expect(await storage.apps.publish(app.id, createBlankDefinition('三'), null, AT)).toBe(2);
      expect((await storage.apps.version(app.id, 1))?.definition.meta.title).toBe('二');
      expect(await storage.apps.published('a1')).toMatchObject({ version: 2, status: 'published' });
      expect(await storage.apps.get(app.id, { orgId: sibling.id }, AT)).toBeUndefined();
      await storage.apps.softDelete(app.id, AT);
      expect(await storage.apps.published('a1')).toBeUndefined();
      expect(await storage.apps.list({ orgId: county.id }, AT)).toEqual([]);
    });

    it('inserts one row per idempotency key, even within one batch, and honours once-per keys', async () => {
      const app = await newApp(village.id, 'a2');
      const [a, b, c] = await Promise.all([
        storage.submissions.insert(row(app.id, village.id, { idempotencyKey: 'k', bodyHash: 'h1' })),
        storage.submissions.insert(row(app.id, village.id, { idempotencyKey: 'k', bodyHash: 'h2' })),
        storage.submissions.insert(row(app.id, village.id, { onceKey: 'field:"1"' })),
      ]);
      // Sent at once, either may commit first (on PostgreSQL they run on two connections):
      // exactly one is created and the other answers that very row with the winner's body hash.
      const [first, second, firstHash] = a?.kind === 'created' ? [a, b, 'h1'] : [b, a, 'h2'];
      expect(first?.kind).toBe('created');
      expect(second).toMatchObject({ kind: 'existing', bodyHash: firstHash });
      expect(second?.kind !== 'once-taken' && second?.submission.id).toBe(
        first?.kind === 'created' && first.submission.id,
      );
      expect(c?.kind).toBe('created');
      expect((await storage.submissions.insert(row(app.id, village.id, { onceKey: 'field:"1"' }))).kind).toBe(
        'once-taken',
      );
      const found = await storage.submissions.byIdempotencyKey(app.id, 'k');
      expect(found?.bodyHash).toBe(firstHash);
      expect((await storage.apps.get(app.id, { orgId: county.id }, AT))?.submissionCount).toBe(2);
    });

    it('lists newest first with filters and keyset pages, and streams every row', async () => {
      const app = await newApp(village.id, 'a3');
      for (let i = 0; i < 7; i++) {
        await storage.submissions.insert(
          row(app.id, village.id, { values: { name: `n${i}` }, submittedAt: `2026-03-0${i + 1}T00:00:00.000Z` }),
        );
      }
      const page1 = await storage.submissions.list(app.id, { limit: 3 });
      expect(page1.map((s) => s.values.name)).toEqual(['n6', 'n5', 'n4']);
      const page2 = await storage.submissions.list(app.id, { limit: 3, before: page1[2]?.id });
      expect(page2.map((s) => s.values.name)).toEqual(['n3', 'n2', 'n1']);
      const ranged = await storage.submissions.list(app.id, {
        from: '2026-03-02T00:00:00.000Z',
        to: '2026-03-04T00:00:00.000Z',
      });
      expect(ranged.map((s) => s.values.name)).toEqual(['n2', 'n1']);
      expect((await storage.submissions.list(app.id, { q: 'n5' })).map((s) => s.values.name)).toEqual(['n5']);
      expect(await storage.submissions.list(app.id, { q: '%' })).toEqual([]);
      let streamed = 0;
      for await (const page of storage.submissions.stream(app.id, {})) streamed += page.length;
      expect(streamed).toBe(7);
    });

    it('keeps uploads per app and audit entries per subtree', async () => {
      const app = await newApp(village.id, 'a4');
      await storage.uploads.save(
        { id: 'f1', appId: app.id, name: 'a.png', size: 3, type: 'image/png', createdAt: AT },
        new Uint8Array([1, 2, 3]),
      );
      expect([...((await storage.uploads.read(app.id, 'f1')) ?? [])]).toEqual([1, 2, 3]);
      expect(await storage.uploads.get(app.id + 1, 'f1')).toBeUndefined();
      const entry = { at: AT, userId: null, action: 'x', targetType: 'app', targetId: '1', ip: '::1' };
      await storage.audit.record({ ...entry, orgId: village.id });
      await storage.audit.record({ ...entry, orgId: sibling.id, detail: { a: 1 } });
      expect(await storage.audit.list({ orgId: village.id }, {})).toHaveLength(1);
      expect(await storage.audit.list({ orgId: town.id }, {})).toHaveLength(2);
    });
  });
}
