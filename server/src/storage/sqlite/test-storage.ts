import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Storage } from '../types.ts';
import { createSqliteStorage } from './index.ts';

/** A SQLite `Storage` on a fresh file with the division fixture, for the contract suites; `dispose` deletes it. */
export async function openSqlite(): Promise<{ storage: Storage; dispose(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'sprout-contract-'));
  const storage = createSqliteStorage({ file: join(dir, 'x.db'), divisions: 'fixture' });
  return {
    storage,
    dispose: async () => {
      await storage.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
