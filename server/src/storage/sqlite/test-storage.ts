import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Storage } from '../types.ts';
import { createSqliteStorage, type DivisionSource } from './index.ts';

/** A SQLite `Storage` on a fresh file (the division fixture unless told), for the contract suites; `dispose` deletes it. */
export async function openSqlite(
  options: { divisions?: DivisionSource } = {},
): Promise<{ storage: Storage; dispose(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'sprout-contract-'));
  const storage = createSqliteStorage({ file: join(dir, 'x.db'), divisions: options.divisions ?? 'fixture' });
  return {
    storage,
    dispose: async () => {
      await storage.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
