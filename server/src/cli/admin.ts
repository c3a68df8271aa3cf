import { readConfig } from '../config.ts';
import { createSqliteStorage } from '../storage/sqlite/index.ts';
import { auditVerify } from './audit-verify.ts';
import type { AdminCommand } from './command.ts';
import { retention } from './retention.ts';

/** Every subcommand, one file each; add a line here for a new one. */
export const ADMIN_COMMANDS: Record<string, AdminCommand> = {
  'audit-verify': auditVerify,
  retention,
};

function usage(out: (line: string) => void): void {
  out('usage: npm run admin -- <command>');
  for (const [name, c] of Object.entries(ADMIN_COMMANDS)) out(`  ${name.padEnd(16)} ${c.summary}`);
}

/** Runs one subcommand against the database under SPROUT_DATA_DIR; answers the exit code. */
export async function runAdmin(argv: string[], out: (line: string) => void = console.log): Promise<number> {
  const [name, ...args] = argv;
  const command = name ? ADMIN_COMMANDS[name] : undefined;
  if (!command) {
    usage(out);
    return name ? 2 : 0;
  }
  const config = readConfig();
  const storage = createSqliteStorage({ file: config.dbFile, divisions: config.divisions });
  try {
    return await command.run({ storage, config, args, out, now: () => new Date() });
  } finally {
    await storage.close();
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'))) {
  process.exitCode = await runAdmin(process.argv.slice(2));
}
