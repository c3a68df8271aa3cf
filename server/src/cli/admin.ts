import { readConfig } from '../config.ts';
import type { AdminCommand } from './command.ts';
import { backupCommand } from './backup.ts';
import { initCommand } from './init.ts';
import { purgeUploadsCommand } from './purge-uploads.ts';

/** Every subcommand, one file each in this folder; add a line here to add one. */
const COMMANDS: Record<string, AdminCommand> = {
  init: initCommand,
  backup: backupCommand,
  'purge-uploads': purgeUploadsCommand,
};

function help(out: (line: string) => void): void {
  out('npm run admin -- <command> [options]');
  for (const [name, command] of Object.entries(COMMANDS)) out(`  ${name.padEnd(14)} ${command.summary}`);
  for (const command of Object.values(COMMANDS)) out(`  npm run admin -- ${command.usage}`);
}

/** `npm run admin -- <command> …`: administration of the deployment under SPROUT_DATA_DIR. */
async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const out = (line: string) => console.log(line);
  const err = (line: string) => console.error(line);
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    if (name && name !== 'help' && name !== '--help') err(`未知命令 / unknown command: ${name}`);
    help(name && name !== 'help' && name !== '--help' ? err : out);
    return name && name !== 'help' && name !== '--help' ? 2 : 0;
  }
  // The database, keys and anything else this creates are readable by this user only.
  process.umask(0o077);
  try {
    return await command.run(args, { config: readConfig(), out, err });
  } catch (e) {
    // parseArgs refuses unknown or malformed options: a usage error, not a crash.
    if (!String((e as { code?: string }).code).startsWith('ERR_PARSE_ARGS')) throw e;
    err((e as Error).message);
    err(`用法 / usage: npm run admin -- ${command.usage}`);
    return 2;
  }
}

process.exitCode = await main(process.argv.slice(2));
