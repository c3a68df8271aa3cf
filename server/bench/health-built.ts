import { runBuiltProbe } from './built-probe.ts';

// Runs `health-probe.ts` bundled as the server is, with plain node, its access log dropped:
// `tsx bench/health-built.ts [requests per turn] [turns]`. BENCH_CPU_PROF=<dir> profiles it.
process.exit(await runBuiltProbe('health-probe', process.argv.slice(2), 'ignore'));
