import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runStorageContract } from '../storage.contract.ts';
import { runPackContract } from '../pack.contract.ts';
import { runDeployContract } from '../deploy.contract.ts';
import { runExportContract } from '../exports.contract.ts';
import { runReviewContract } from '../review.contract.ts';
import { runPrivacyContract } from '../privacy.contract.ts';
import { runLibraryContract } from '../library.contract.ts';
import { runUploadContract } from '../uploads.contract.ts';
import { runDivisionImportContract } from '../divisions.contract.ts';
import { createSqliteStorage, openDatabase } from './index.ts';
import { MIGRATIONS } from './migrations.ts';
import { openSqlite } from './test-storage.ts';

runStorageContract('sqlite', openSqlite);
runReviewContract('sqlite', openSqlite);
runPackContract('sqlite', openSqlite);
runPrivacyContract('sqlite', openSqlite);
runDeployContract('sqlite', openSqlite);
runUploadContract('sqlite', openSqlite);
runExportContract('sqlite', openSqlite);
runLibraryContract('sqlite', openSqlite);
runDivisionImportContract('sqlite', () => openSqlite({ divisions: 'package' }));

describe('sqlite storage', () => {
  it('opens in WAL mode with synchronous=FULL and foreign keys, and migrates once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sprout-pragma-'));
    const file = join(dir, 'x.db');
    await createSqliteStorage({ file }).close();
    await createSqliteStorage({ file }).close();
    const plain = new Database(file);
    expect(plain.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(plain.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    plain.close();
    // synchronous and foreign_keys live on the connection: check the one the storage opens with.
    const db = openDatabase(file);
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
