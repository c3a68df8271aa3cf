import { createBlankDefinition } from '@sprout/shared/definition';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { yuhangTree } from './org-tree.fixture.ts';
import type { Org, Storage } from './types.ts';

const AT = '2026-03-02T02:00:00.000Z';

/** Templates and blocks go down the org tree, never up or sideways; every Storage implementation runs this. */
export function runLibraryContract(name: string, open: () => Promise<{ storage: Storage; dispose(): Promise<void> }>) {
  describe(`library contract (templates, blocks): ${name}`, () => {
    let storage: Storage;
    let dispose: () => Promise<void>;
    let county: Org;
    let town: Org;
    let village: Org;
    let otherTown: Org;

    beforeEach(async () => {
      ({ storage, dispose } = await open());
      ({ county, town, village, otherTown } = await yuhangTree(storage));
    });
    afterEach(() => dispose());

    const publish = (orgId: number, title: string, now = AT) =>
      storage.templates.publish({
        orgId,
        sourceAppId: null,
        title,
        description: '',
        definition: createBlankDefinition(title),
        publishedBy: null,
        now,
      });

    it('shows an org the templates of its own org and every org above it, newest first', async () => {
      await publish(county.id, '县模板', '2026-03-01T00:00:00.000Z');
      await publish(town.id, '镇模板', '2026-03-02T00:00:00.000Z');
      await publish(otherTown.id, '邻镇模板');
      await publish(village.id, '村模板', '2026-03-03T00:00:00.000Z');
      expect((await storage.templates.visibleTo(village.id)).map((t) => t.title)).toEqual([
        '村模板',
        '镇模板',
        '县模板',
      ]);
      expect((await storage.templates.visibleTo(town.id)).map((t) => t.title)).toEqual(['镇模板', '县模板']);
      expect((await storage.templates.visibleTo(county.id)).map((t) => t.title)).toEqual(['县模板']);
    });

    it('gives a template with its definition only to orgs below its publisher, and counts uses', async () => {
      const t = await publish(town.id, '镇模板');
      expect((await storage.templates.get(t.id, village.id))?.definition.meta.title).toBe('镇模板');
      expect(await storage.templates.get(t.id, otherTown.id)).toBeUndefined();
      expect(await storage.templates.get(t.id, county.id)).toBeUndefined();
      await storage.templates.recordUse(t.id);
      await storage.templates.recordUse(t.id);
      expect((await storage.templates.visibleTo(town.id))[0]).toMatchObject({ orgName: '径山镇', useCount: 2 });
    });

    it('keeps block versions, shows a block to orgs below its owner only, and counts uses', async () => {
      const v1 = [{ id: 'n1', type: 'text', name: 'name', props: { label: '姓名' } }];
      const v2 = [...v1, { id: 'n2', type: 'phone', name: 'phone', props: { label: '手机号码' } }];
      const block = await storage.blocks.create({
        orgId: town.id,
        name: '个人基本信息',
        nodes: v1,
        createdBy: null,
        now: AT,
      });
      expect(block).toMatchObject({ version: 1, orgName: '径山镇', nodes: v1 });
      expect(await storage.blocks.addVersion(block.id, v2, null, AT)).toBe(2);
      expect((await storage.blocks.visibleTo(village.id)).map((b) => [b.name, b.version])).toEqual([
        ['个人基本信息', 2],
      ]);
      expect((await storage.blocks.get(block.id, village.id))?.nodes).toEqual(v2);
      expect(await storage.blocks.version(block.id, 1, village.id)).toEqual(v1);
      expect(await storage.blocks.get(block.id, otherTown.id)).toBeUndefined();
      expect(await storage.blocks.version(block.id, 1, county.id)).toBeUndefined();
      await storage.blocks.recordUse(block.id);
      expect((await storage.blocks.get(block.id, town.id))?.useCount).toBe(1);
    });

    it('numbers versions saved at the same moment one after the other', async () => {
      const nodes = [{ id: 'n1', type: 'text', name: 'name', props: { label: '姓名' } }];
      const block = await storage.blocks.create({ orgId: town.id, name: '并发', nodes, createdBy: null, now: AT });
      const saved = await Promise.all([1, 2, 3, 4].map(() => storage.blocks.addVersion(block.id, nodes, null, AT)));
      expect(saved.sort()).toEqual([2, 3, 4, 5]);
      expect((await storage.blocks.get(block.id, town.id))?.version).toBe(5);
    });
  });
}
