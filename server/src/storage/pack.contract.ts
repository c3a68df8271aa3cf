import { bankAccountPack } from '@sprout/examples/packs/bank-account';
import { createBlankDefinition } from '@sprout/shared/definition';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { yuhangTree } from './org-tree.fixture.ts';
import type { NewPack } from './pack-types.ts';
import type { Org, Storage } from './types.ts';

const AT = '2026-03-02T02:00:00.000Z';

const pack = (version: string, sha256: string): NewPack => ({
  name: bankAccountPack.name,
  version,
  sha256,
  manifest: { ...bankAccountPack, version },
  uploadedBy: null,
  uploaderOrgId: null,
  uploadedAt: AT,
});

/** Installs, approvals down the org tree, blocks and pins: what every Storage must do with packs. */
export function runPackContract(name: string, open: () => Promise<{ storage: Storage; dispose(): Promise<void> }>) {
  describe(`pack storage contract: ${name}`, () => {
    let storage: Storage;
    let dispose: () => Promise<void>;
    let county: Org;
    let town: Org;
    let village: Org;
    let sibling: Org;

    beforeEach(async () => {
      ({ storage, dispose } = await open());
      ({ county, town, village, otherTown: sibling } = await yuhangTree(storage));
    });
    afterEach(() => dispose());

    it('installs a pack with its files once per name and version', async () => {
      const files = [{ path: 'README.md', contentType: 'text/markdown', bytes: new TextEncoder().encode('# hi') }];
      const installed = await storage.packs.insert(pack('1.0.0', 'a'.repeat(64)), files);
      expect(installed).toMatchObject({
        name: bankAccountPack.name,
        version: '1.0.0',
        trusted: true,
        blockedAt: null,
        incompatibleReason: null,
      });
      expect(await storage.packs.insert(pack('1.0.0', 'b'.repeat(64)), [])).toBe('exists');
      const file = await storage.packs.file('a'.repeat(64), 'README.md');
      expect(new TextDecoder().decode(file?.bytes)).toBe('# hi');
      expect(await storage.packs.file('a'.repeat(64), '../README.md')).toBeUndefined();
    });

    it('approves for a subtree: the township and its villages see it, a sibling township does not', async () => {
      const p = (await storage.packs.insert(pack('1.0.0', 'a'.repeat(64)), [])) as Exclude<
        Awaited<ReturnType<Storage['packs']['insert']>>,
        'exists'
      >;
      await storage.packs.approve(p.id, town.id, null, AT);
      expect((await storage.packs.approvedFor(village.id)).map((x) => x.id)).toEqual([p.id]);
      expect(await storage.packs.approvedFor(sibling.id)).toEqual([]);
      expect(await storage.packs.approvedFor(county.id)).toEqual([]);
      expect(await storage.packs.approvals(p.id)).toMatchObject([
        { orgId: town.id, orgName: '径山镇', withdrawnAt: null },
      ]);

      expect(await storage.packs.withdraw(p.id, town.id, AT)).toBe(true);
      expect(await storage.packs.withdraw(p.id, town.id, AT)).toBe(false);
      expect(await storage.packs.approvedFor(village.id)).toEqual([]);
      await storage.packs.approve(p.id, town.id, null, AT);
      expect(await storage.packs.approvedFor(village.id)).toHaveLength(1);

      await storage.packs.block(p.id, '发现漏洞', AT);
      expect(await storage.packs.approvedFor(village.id)).toEqual([]);
      expect(await storage.packs.get(p.id)).toMatchObject({ blockedAt: AT, blockReason: '发现漏洞' });
      await storage.packs.flagIncompatible(p.id, '组件接口不兼容');
      expect((await storage.packs.list())[0]?.incompatibleReason).toBe('组件接口不兼容');
      await storage.packs.flagIncompatible(p.id, null);
      expect((await storage.packs.get(p.id))?.incompatibleReason).toBeNull();
    });

    it('pins pack versions to a published version and tells which apps use a pack', async () => {
      const v1 = (await storage.packs.insert(pack('1.0.0', 'a'.repeat(64)), [])) as { id: number };
      const v2 = (await storage.packs.insert(pack('1.1.0', 'c'.repeat(64)), [])) as { id: number };
      const app = await storage.apps.create({
        orgId: village.id,
        slug: 'bank',
        title: '补贴发放',
        draft: createBlankDefinition('x'),
        createdBy: null,
        now: AT,
      });
      await storage.packs.pin(app.id, 1, [v1.id]);
      await storage.packs.pin(app.id, 2, [v2.id]);
      expect((await storage.packs.pinned(app.id, 1)).map((p) => p.version)).toEqual(['1.0.0']);
      expect((await storage.packs.pinned(app.id, 2)).map((p) => p.version)).toEqual(['1.1.0']);
      expect(await storage.packs.usage(v1.id)).toEqual([
        { appId: app.id, orgId: village.id, slug: 'bank', title: '补贴发放', version: 1 },
      ]);
      await storage.packs.choose(app.id, v1.id);
      await storage.packs.choose(app.id, v2.id);
      expect((await storage.packs.chosen(app.id)).map((p) => p.version)).toEqual(['1.1.0']);
      await storage.packs.setTrusted(v2.id, false);
      expect((await storage.packs.get(v2.id))?.trusted).toBe(false);
    });

    it('publishes a version and its pins together, or neither', async () => {
      const v1 = (await storage.packs.insert(pack('1.0.0', 'a'.repeat(64)), [])) as { id: number };
      const app = await storage.apps.create({
        orgId: village.id,
        slug: 'bank',
        title: '补贴发放',
        draft: createBlankDefinition('x'),
        createdBy: null,
        now: AT,
      });
      expect(await storage.apps.publish(app.id, createBlankDefinition('x'), null, AT, [v1.id])).toBe(1);
      expect((await storage.packs.pinned(app.id, 1)).map((p) => p.version)).toEqual(['1.0.0']);
      // A pin that cannot be stored (no such pack) takes the version down with it.
      await expect(
        storage.apps.publish(app.id, createBlankDefinition('y'), null, AT, [v1.id, 999_999]),
      ).rejects.toThrow();
      expect((await storage.apps.versions(app.id)).map((v) => v.version)).toEqual([1]);
      expect(await storage.packs.pinned(app.id, 2)).toEqual([]);
    });
  });
}
