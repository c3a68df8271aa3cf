import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { CONNECTIONS, submitBody } from './http-bench.ts';
import { randomUUID } from 'node:crypto';
import { buildServer, type ServerProcess, startFloor, startServer } from './server-process.ts';

// The submission half of `bench:server` alone, for quick A/B work on the accept path:
// `tsx bench/submit-profile.ts [seconds] [--no-build] [--floor]` drives the production build
// (and with --floor the bare group-commit floor, alternating) with the bench's submissions.
// With BENCH_CPU_PROF=<dir> the server writes a .cpuprofile on exit and this prints where its
// samples went (self and inclusive, by function); samples are wall time on the main thread.
const SECONDS = Number(process.argv[2] ?? 15);
const dir = process.env.BENCH_CPU_PROF;
if (!process.argv.includes('--no-build')) buildServer();
const root = `/tmp/sprout-submit-profile-${process.pid}`;
const server = await startServer(root, { built: true });
const floor = process.argv.includes('--floor') ? await startFloor(`${root}/floor.db`, '') : undefined;
// --base <checkout>: that checkout's build (built there first) measured in the same rounds.
const baseAt = process.argv.indexOf('--base');
const base =
  baseAt > 0 ? await startServer(`${root}/base`, { built: true, root: process.argv[baseAt + 1] }) : undefined;
const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

/** CPU seconds of a server's main thread alone (its event loop), which bounds its rate. */
const mainThreadCpu = (target: ServerProcess) => {
  const pid = target.child.pid;
  const fields = readFileSync(`/proc/${pid}/task/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
};

async function drive(name: string, target: ServerProcess, path: string, seconds = SECONDS) {
  const cpu0 = target.cpuSeconds();
  const main0 = mainThreadCpu(target);
  const loadBefore = load();
  const result = await autocannon({
    url: target.url,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        path,
        headers: { 'content-type': 'application/json' },
        body: submitBody(),
        setupRequest: (req: { headers?: Record<string, string> }) => ({
          ...req,
          headers: { ...req.headers, 'idempotency-key': randomUUID() },
        }),
      },
    ],
  });
  const cpu = target.cpuSeconds() - cpu0;
  const main = mainThreadCpu(target) - main0;
  const answered = result['2xx'] + result.non2xx;
  console.log(
    `${name}: ${result.requests.average.toFixed(0)} req/s, ${result['2xx']} 2xx ${result.non2xx} other, ` +
      `${((cpu / answered) * 1e6).toFixed(0)} µs server CPU per request (main thread ${((main / answered) * 1e6).toFixed(0)}), ` +
      `p50 ${result.latency.p50} ms; load ${loadBefore}`,
  );
  return { cpu, answered };
}
const SUBMIT = '/api/v1/public/apps/health-code/submissions';
// Warm-up (the JIT), as the bench does.
await drive('warm-up floor', floor ?? server, floor ? '/submit' : SUBMIT, 3);
if (floor) await drive('warm-up sprout', server, SUBMIT, 3);
if (base) await drive('warm-up base', base, SUBMIT, 3);
let measured = { cpu: 0, answered: 1 };
for (let round = 0; round < (floor || base ? 2 : 1); round++) {
  if (floor) await drive('floor', floor, '/submit');
  if (base) await drive('base', base, SUBMIT);
  measured = await drive('sprout', server, SUBMIT);
}
await Promise.all([server.stop(), floor?.stop(), base?.stop()]);
const { cpu, answered } = measured;
if (!dir) process.exit(0);

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
// The server's main thread (Node names profiles CPU.<date>.<time>.<pid>.<thread>.<seq>): not
// the signing thread's, nor the floor's or tsx's loader threads.
const file = readdirSync(dir)
  .filter((f) => f.endsWith('.cpuprofile') && f.includes(`.${server.child.pid}.0.`))
  .sort()
  .at(-1);
if (!file) throw new Error('no profile written');
const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
};
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const self = new Map<number, number>();
for (const s of profile.samples) self.set(s, (self.get(s) ?? 0) + 1);
const label = (n: Node) =>
  `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber}`;
const total = profile.samples.length;
const selfBy = new Map<string, number>();
const inclusiveBy = new Map<string, number>();
for (const [id, count] of self) {
  const n = byId.get(id)!;
  selfBy.set(label(n), (selfBy.get(label(n)) ?? 0) + count);
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const l = label(byId.get(at)!);
    if (seen.has(l)) continue;
    seen.add(l);
    inclusiveBy.set(l, (inclusiveBy.get(l) ?? 0) + count);
  }
}
const perRequest = (count: number) => ((count / total) * (cpu / answered) * 1e6).toFixed(1);
const top = (m: Map<string, number>, k: number) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, k)
    .map(([l, c]) => `${((c / total) * 100).toFixed(1).padStart(5)}% ${perRequest(c).padStart(6)} µs  ${l}`);
// Self time by where the code lives: Node's internals, each npm package, Sprout's bundle.
const placeOf = (n: Node) => {
  const url = n.callFrame.url;
  if (!url) return n.callFrame.functionName.startsWith('(') ? n.callFrame.functionName : '(native)';
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/').slice(0, 2).join('/')}`;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules)/.exec(url)?.[1];
  return pkg ?? url.split('/').slice(-2).join('/');
};
const selfByPlace = new Map<string, number>();
for (const [id, count] of self) {
  const place = placeOf(byId.get(id)!);
  selfByPlace.set(place, (selfByPlace.get(place) ?? 0) + count);
}
console.log(`\nself by place:\n${top(selfByPlace, 30).join('\n')}`);
console.log(`\nself (of ${total} samples):\n${top(selfBy, 45).join('\n')}`);
console.log(`\ninclusive:\n${top(inclusiveBy, 90).join('\n')}`);
