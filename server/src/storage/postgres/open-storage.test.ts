import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeStorage, openStorage } from '../open-storage.ts';
import { connectPostgres } from './db.ts';
import { createTestDatabase } from './test-database.ts';

describe('openStorage picks the engine from DATABASE_URL', () => {
  it('opens PostgreSQL for a postgres:// URL, migrated and with divisions', async () => {
    const database = await createTestDatabase({ empty: true });
    const storage = await openStorage({ databaseUrl: database.url, dbFile: '/nonexistent/x.db', divisions: 'fixture' });
    try {
      expect(await storage.divisions.count()).toBeGreaterThan(0);
      const sql = connectPostgres(database.url, { max: 1 });
      const [row] = await sql<{ n: number }[]>`SELECT count(*)::int AS n FROM schema_migrations`;
      await sql.end();
      expect(row?.n).toBeGreaterThan(0);
    } finally {
      await storage.close();
      await database.dispose();
    }
  });

  it('opens the SQLite file without DATABASE_URL, and refuses other URLs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sprout-open-'));
    const dbFile = join(dir, 'x.db');
    const storage = await openStorage({ databaseUrl: undefined, dbFile, divisions: 'fixture' });
    expect(await storage.divisions.count()).toBeGreaterThan(0);
    await storage.close();
    await expect(openStorage({ databaseUrl: 'mysql://h/db', dbFile, divisions: 'fixture' })).rejects.toThrow(
      /DATABASE_URL/,
    );
    rmSync(dir, { recursive: true, force: true });
  });

  it('names where the data lives without the password', () => {
    const config = {
      databaseUrl: 'postgres://sprout:s3cret@db.internal:5432/sprout',
      dbFile: 'x',
      divisions: 'fixture' as const,
    };
    expect(describeStorage(config)).toBe('postgres://sprout:***@db.internal:5432/sprout');
    expect(describeStorage({ ...config, databaseUrl: undefined })).toBe('x');
  });
});
