import type { ServerConfig } from '../config.ts';
import type { Storage } from '../storage/types.ts';

/** What every admin subcommand gets: the opened storage, the config, and where to print. */
export interface AdminContext {
  storage: Storage;
  config: ServerConfig;
  args: string[];
  out: (line: string) => void;
  now: () => Date;
}

/** One `npm run admin -- <name>` subcommand; it answers the process exit code. */
export interface AdminCommand {
  summary: string;
  run(ctx: AdminContext): Promise<number>;
}
