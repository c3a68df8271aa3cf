import { createBlankDefinition } from '@sprout/shared/definition';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Storage, Upload } from './types.ts';

const DAY = '2026-03-02';

/**
 * Upload quotas and the purge of files never attached to a submission: behaviour
 * every Storage implementation must show, beside `runStorageContract`.
 */
export function runUploadContract(name: string, open: () => Promise<{ storage: Storage; dispose(): Promise<void> }>) {
  describe(`upload storage contract: ${name}`, () => {
    let storage: Storage;
    let dispose: () => Promise<void>;
    let appIds: number[];

    beforeEach(async () => {
      ({ storage, dispose } = await open());
      const org = await storage.orgs.create({ parentId: null, name: '余杭区', code: '330110', level: 'county' });
      appIds = [];
      for (const slug of ['u1', 'u2']) {
        const app = await storage.apps.create({
          orgId: org.id,
          slug,
          title: slug,
          draft: createBlankDefinition('x'),
          createdBy: null,
          now: `${DAY}T00:00:00.000Z`,
        });
        appIds.push(app.id);
      }
    });
    afterEach(() => dispose());

    const file = (id: string, appId: number, hour: number, ip: string | null, size = 10): Upload => ({
      id,
      appId,
      name: `${id}.png`,
      size,
      type: 'image/png',
      createdAt: `${DAY}T${String(hour).padStart(2, '0')}:00:00.000Z`,
      ip,
    });

    it('counts files and bytes per app and per address since a moment', async () => {
      const [a, b] = appIds as [number, number];
      await storage.uploads.save(file('f1', a, 1, '10.0.0.1', 100), new Uint8Array(100));
      await storage.uploads.save(file('f2', a, 5, '10.0.0.2', 50), new Uint8Array(50));
      await storage.uploads.save(file('f3', b, 6, '10.0.0.1', 7), new Uint8Array(7));
      expect(await storage.uploads.usage(`${DAY}T00:00:00.000Z`, { appId: a })).toEqual({ files: 2, bytes: 150 });
      expect(await storage.uploads.usage(`${DAY}T04:00:00.000Z`, { appId: a })).toEqual({ files: 1, bytes: 50 });
      expect(await storage.uploads.usage(`${DAY}T00:00:00.000Z`, { ip: '10.0.0.1' })).toEqual({ files: 2, bytes: 107 });
      expect(await storage.uploads.usage(`${DAY}T00:00:00.000Z`, { ip: '10.9.9.9' })).toEqual({ files: 0, bytes: 0 });
      expect((await storage.uploads.get(a, 'f1'))?.ip).toBe('10.0.0.1');
    });

    it('purges only files never attached and older than the cut-off', async () => {
      const [a] = appIds as [number];
      await storage.uploads.save(file('old-loose', a, 1, null), new Uint8Array(10));
      await storage.uploads.save(file('old-kept', a, 1, null), new Uint8Array(10));
      await storage.uploads.save(file('new-loose', a, 9, null), new Uint8Array(10));
      await storage.uploads.attach(a, ['old-kept'], `${DAY}T02:00:00.000Z`);
      expect(await storage.uploads.purgeUnattached(`${DAY}T08:00:00.000Z`)).toBe(1);
      expect(await storage.uploads.get(a, 'old-loose')).toBeUndefined();
      expect(await storage.uploads.read(a, 'old-loose')).toBeUndefined();
      expect(await storage.uploads.get(a, 'old-kept')).toBeDefined();
      expect(await storage.uploads.get(a, 'new-loose')).toBeDefined();
    });

    it('attaches only within the app that holds the file', async () => {
      const [a, b] = appIds as [number, number];
      await storage.uploads.save(file('f1', a, 1, null), new Uint8Array(10));
      await storage.uploads.attach(b, ['f1'], `${DAY}T02:00:00.000Z`);
      expect(await storage.uploads.purgeUnattached(`${DAY}T08:00:00.000Z`)).toBe(1);
    });
  });
}
