import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAggregateContract } from '../aggregate.contract.ts';
import { runTaskContract } from '../task.contract.ts';
import { createSqliteStorage } from './index.ts';

const openSqlite = async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sprout-aggregate-'));
  const storage = createSqliteStorage({ file: join(dir, 'x.db'), divisions: 'fixture' });
  return {
    storage,
    dispose: async () => {
      await storage.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
};

runAggregateContract('sqlite', openSqlite);
runTaskContract('sqlite', openSqlite);
