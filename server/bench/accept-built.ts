import { runBuiltProbe } from './built-probe.ts';

// Runs `accept-probe.ts` bundled as the server is, with plain node:
// `tsx bench/accept-built.ts [rounds of 50]`. BENCH_CPU_PROF=<dir> profiles it.
process.exit(await runBuiltProbe('accept-probe', process.argv.slice(2)));
