import { createBlankDefinition } from '@sprout/shared/definition';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Org, Storage } from './types.ts';

const AT = '2026-03-02T02:00:00.000Z';

/** Templates go down the org tree, never up or sideways; every Storage implementation runs this. */
export function runTemplatesContract(
  name: string,
  open: () => Promise<{ storage: Storage; dispose(): Promise<void> }>,
) {
  describe(`templates contract: ${name}`, () => {
    let storage: Storage;
    let dispose: () => Promise<void>;
    let county: Org;
    let town: Org;
    let village: Org;
    let otherTown: Org;

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
      otherTown = await storage.orgs.create({
        parentId: county.id,
        name: '瓶窑镇',
        code: '330110106',
        level: 'township',
      });
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
  });
}
