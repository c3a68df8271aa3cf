import type { ServerConfig } from '../config.ts';

/** What a subcommand may use: the configuration and a place to write. */
export interface CommandContext {
  config: ServerConfig;
  out(line: string): void;
  err(line: string): void;
}

/** One `npm run admin -- <name>` subcommand; `run` answers the process's exit code. */
export interface AdminCommand {
  /** One line for the help text. */
  summary: string;
  usage: string;
  run(args: string[], context: CommandContext): Promise<number>;
}
