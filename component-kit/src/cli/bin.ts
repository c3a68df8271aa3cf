// The published CLI's entry (bundled into dist/cli.js); in the workspace bin/sprout-pack.js runs main.ts with tsx.
import { runCli } from './main.ts';

process.exitCode = await runCli(process.argv.slice(2));
