#!/usr/bin/env node
// The kit ships TypeScript sources; tsx runs them without a build step.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../src/cli/main.ts');
process.exitCode = await runCli(process.argv.slice(2));
