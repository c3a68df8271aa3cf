import { describe, expect, it } from 'vitest';
import { runDeployContract } from '../deploy.contract.ts';
import { runDivisionImportContract } from '../divisions.contract.ts';
import { runExportContract } from '../exports.contract.ts';
import { runPrivacyContract } from '../privacy.contract.ts';
import { runStorageContract } from '../storage.contract.ts';
import { runUploadContract } from '../uploads.contract.ts';
import { connectPostgres } from './db.ts';
import { listMigrations, migratePostgres } from './migrate.ts';
import { createBlankDefinition } from '@sprout/shared/definition';
import { createTestDatabase, openPostgres } from './test-database.ts';

const open = () => openPostgres();

runStorageContract('postgres', open);
runPrivacyContract('postgres', open);
runDeployContract('postgres', open);
runUploadContract('postgres', open);
runExportContract('postgres', open);
// The import runs with COPY here (postgres/divisions.ts).
runDivisionImportContract('postgres', () => openPostgres({ empty: true, divisions: 'package' }));

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

  it('streams an export past one page in keyset pages: every row once, in order', async () => {
    const { storage, url, dispose } = await openPostgres();
    try {
      const org = await storage.orgs.create({ parentId: null, name: '余杭区', code: '330110', level: 'county' });
      const app = await storage.apps.create({
        orgId: org.id,
        slug: 'big',
        title: 'big',
        draft: createBlankDefinition('x'),
        createdBy: null,
        now: '2026-03-02T02:00:00.000Z',
      });
      // 12,001 rows written by the database itself: more than two export pages of 5,000.
      const sql = connectPostgres(url, { max: 1 });
      await sql`INSERT INTO submissions (app_id, org_id, version, receipt_code, status, values_json, computed_json,
          submitted_at)
        SELECT ${app.id}, ${org.id}, 1, 'R' || n, 'received', jsonb_build_object('n', n), '{}', '2026-03-02T02:00:00.000Z'
        FROM generate_series(1, 12001) AS n`;
      await sql.end();
      const seen: number[] = [];
      let pages = 0;
      for await (const page of storage.exports.rows(app.id, {}, { values: ['n'], computed: [] })) {
        pages++;
        for (const row of page) seen.push(Number(row[4]));
      }
      expect(pages).toBe(3);
      expect(seen).toHaveLength(12_001);
      expect(seen[0]).toBe(12_001);
      expect(seen.every((n, i) => i === 0 || n === (seen[i - 1] as number) - 1)).toBe(true);
      expect(await storage.exports.count(app.id, {})).toBe(12_001);
    } finally {
      await dispose();
    }
  });
});
