import { chmodSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { usesPostgres } from '../storage/open-storage.ts';
import { backupSqlite } from '../storage/sqlite/backup.ts';
import type { AdminCommand } from './command.ts';

/**
 * `backup --to <file>`: a consistent copy of the database while the server runs. The
 * signing keys (`keys/`, `result-code-secret`) are files beside it: copy them too.
 */
export const backupCommand: AdminCommand = {
  summary: 'copy the database while the server runs (SQLite online backup)',
  usage: 'backup --to <file>',
  async run(args, { config, out, err }) {
    const { values } = parseArgs({ args, options: { to: { type: 'string' } } });
    if (!values.to) {
      err(`用法 / usage: npm run admin -- ${backupCommand.usage}`);
      return 2;
    }
    if (usesPostgres(config)) {
      err(
        '数据在 PostgreSQL 中：请用 pg_dump 备份 / the data is in PostgreSQL: back it up with pg_dump (see docs/deploy.md)',
      );
      return 2;
    }
    const target = resolve(values.to);
    try {
      const { pages } = await backupSqlite(config.dbFile, target);
      chmodSync(target, 0o600);
      out(`已备份到 ${target}（${pages} 页）/ backed up to ${target} (${pages} pages)`);
      out(`别忘了一并备份 ${config.dataDir}/keys 和 result-code-secret / also copy keys/ and result-code-secret`);
      return 0;
    } catch (e) {
      err(`备份失败 / backup failed: ${(e as Error).message}`);
      return 1;
    }
  },
};
