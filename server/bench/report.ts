import { cpus, totalmem } from 'node:os';
import type { measureExport } from './export-bench.ts';
import { CONNECTIONS, type HttpPair, type Measured as Run, rate } from './http-bench.ts';
import type { measureValidation } from './measure-validation.ts';

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits });

type Exports = Awaited<ReturnType<typeof measureExport>>;

export interface Measured {
  http?: { health: HttpPair; submit: HttpPair };
  exp?: Exports;
  validation: ReturnType<typeof measureValidation>;
  load: { before: string; after: string };
  seconds: number;
}

const sum = (rs: Run[], pick: (r: Run) => number) => rs.reduce((s, r) => s + pick(r), 0);

function httpRows(name: string, rs: Run[]): string {
  const rounds = rs.map((r) => fmt(r.requests.average)).join(' / ');
  const p50 = fmt(Math.max(...rs.map((r) => r.latency.p50)));
  const p99 = fmt(Math.max(...rs.map((r) => r.latency.p99)));
  const other = sum(rs, (r) => r.non2xx + r.errors);
  const cpu = fmt(sum(rs, (r) => r.cpuMicrosPerRequest) / rs.length);
  const client = fmt(sum(rs, (r) => r.clientMicrosPerRequest) / rs.length);
  return `| ${name} | ${fmt(rate(rs))} | ${rounds} | ${cpu} | ${client} | ${p50} | ${p99} | ${fmt(sum(rs, (r) => r['2xx']))} | ${fmt(other)} |`;
}

function verdict(ok: boolean, by: string): string {
  return ok ? `**met** (${by})` : `**missed** (${by})`;
}

function httpSection(http: NonNullable<Measured['http']>): string {
  return `## Requests per second (floor and Sprout in alternating rounds)

| route | req/s (mean) | each round | server CPU µs per request | load generator CPU µs per request | worst p50 ms | worst p99 ms | 2xx | other |
| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |
${httpRows('floor: bare hono `GET /health`', http.health.floor)}
${http.health.reference ? `${httpRows('reference: bare hono with the headers Sprout must send', http.health.reference)}\n` : ''}${httpRows('Sprout `GET /api/v1/health`', http.health.sprout)}
${httpRows('floor: bare hono `POST /submit`, group-commit insert', http.submit.floor)}
${httpRows('Sprout `POST /api/v1/public/apps/health-code/submissions`', http.submit.sprout)}

Server CPU per request (user + system time of the answering process over the round,
divided by its answers) moves less with the machine's load than the rates do; the load
generator's is that of the bench process running autocannon, which parses every answer.
The reference route is the bare floor plus the headers every Sprout API answer carries (the
API's six security headers, \`X-Request-Id\`, \`Vary\`), added as Sprout adds them (written with
the answer's own in one \`writeHead\` by \`HeadedResponse\`, on a port of the floor's process
of its own, so the bare floor keeps Node's plain response): what those headers alone cost the
server and the load generator. Each submission carries a fresh \`Idempotency-Key\` and the full health-code answers. The
floor parses the JSON and inserts the values as one row through the same group commit
(WAL, \`synchronous=FULL\`), answering after the commit. Sprout also checks the key,
validates with shared's \`validateSubmission\`, computes the outcome, signs a result code,
and answers 201 after the commit.
`;
}

function exportSection(exp: Exports): string {
  const line = (name: string, pick: (r: Exports['sprout']) => string) =>
    `| ${name} | ${pick(exp.naive)} | ${pick(exp.sprout)} |`;
  const slowMin = Math.min(...exp.slow.rssSamplesMb);
  const slowMax = Math.max(...exp.slow.rssSamplesMb);
  const rounds = exp.rounds ?? 1;
  return `## Export of ${fmt(exp.sprout.rows / rounds)} submissions to CSV

${rounds > 1 ? `Sprout and the floor took turns, ${rounds} exports each; the table adds up each side's rounds.\n\n` : ''}| measure | naive floor (JSON.parse per row) | Sprout |
| --- | ---: | ---: |
${line('rows exported', (r) => fmt(r.rows))}
${line('time', (r) => `${fmt(r.seconds, 2)} s`)}
${line('rows/s (wall clock)', (r) => fmt(r.rows / r.seconds))}
${line('process CPU time', (r) => `${fmt(r.cpu, 2)} s`)}
${line('CPU µs per row', (r) => fmt((r.cpu * 1e6) / r.rows, 2))}
${line('bytes', (r) => `${fmt(r.bytes / 2 ** 20, 1)} MB`)}
${line('peak RSS before the export', (r) => `${fmt(r.rssBeforeMb)} MB`)}
${line('peak RSS (VmHWM, whole process life)', (r) => `${fmt(r.peakRssMb)} MB`)}

Loading the rows first took ${fmt(exp.loadSeconds, 1)} s (not timed against a target).

**Slow client.** A second download read at 256 KB/s for ${fmt(exp.slow.seconds, 1)} s
(${fmt(exp.slow.bytes / 2 ** 20, 1)} MB) while the server's RSS was sampled each second:
${exp.slow.rssSamplesMb.map((m) => fmt(m)).join(', ')} MB (spread ${fmt(slowMax - slowMin)} MB).
`;
}

function targets(m: Measured): string {
  const rows: string[] = [];
  if (m.http) {
    const health = rate(m.http.health.sprout) / rate(m.http.health.floor);
    const submit = rate(m.http.submit.sprout) / rate(m.http.submit.floor);
    rows.push(`| \`/api/v1/health\` ≥ 0.7× a bare hono route | ${verdict(health >= 0.7, `${fmt(health, 2)}×`)} |`);
    if (m.http.health.reference) {
      const headed = rate(m.http.health.reference) / rate(m.http.health.floor);
      const ofHeaded = rate(m.http.health.sprout) / rate(m.http.health.reference);
      rows.push(
        `| (for reference) bare hono with Sprout's required headers, against bare hono | ${fmt(headed, 2)}×; Sprout against it: ${fmt(ofHeaded, 2)}× |`,
      );
    }
    rows.push(
      `| validated durable submissions ≥ 0.5× bare group-commit inserts | ${verdict(submit >= 0.5, `${fmt(submit, 2)}×`)} |`,
    );
  }
  if (m.exp) {
    const { sprout, naive, slow } = m.exp;
    const speed = sprout.rows / sprout.seconds / (naive.rows / naive.seconds);
    const spread = Math.max(...slow.rssSamplesMb) - Math.min(...slow.rssSamplesMb);
    // Sprout and the floor take turns, but the wall-clock ratio still follows the machine's
    // other work between turns; CPU time per row moves far less with it.
    const byCpu = naive.cpu / naive.rows / (sprout.cpu / sprout.rows);
    rows.push(
      `| export ≥ 1.5× the naive floor | ${verdict(speed >= 1.5, `${fmt(speed, 2)}× by wall clock; ${fmt(byCpu, 2)}× by CPU time per row`)} |`,
    );
    rows.push(`| export peak RSS < 200 MB | ${verdict(sprout.peakRssMb < 200, `${fmt(sprout.peakRssMb)} MB`)} |`);
    rows.push(
      `| a slow client's export keeps memory flat (RSS spread < 20 MB) | ${verdict(spread < 20, `${fmt(spread)} MB`)} |`,
    );
  }
  return `## Targets (issue 16, items 6–8)

| target | result |
| --- | --- |
${rows.join('\n')}
`;
}

/** The markdown of `bench/results/server.md`. */
export function report(m: Measured, findings: string): string {
  return `# Server benchmark

Generated by \`pnpm bench:server\` (\`server/bench/run.ts\`) on ${new Date().toISOString().slice(0, 10)} in ${fmt(m.seconds / 60, 1)} minutes:
${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${fmt(totalmem() / 2 ** 30, 1)} GB RAM, Node ${process.version}.
Every ratio compares Sprout with a floor the bench starts itself in the same run
(\`server/bench/floor-server.ts\`: bare hono on @hono/node-server, its own process like
Sprout's production build, \`server/dist/main.js\`, which the bench builds first; each writes its
stdout to a file, as a deployment's log goes). autocannon drives both over loopback with ${CONNECTIONS}
connections. Load generator, server and the machine's other work share ${cpus().length} cores: load
average (1, 5, 15 min) before the run: ${m.load.before}; after: ${m.load.after}. Other work
deflates absolute numbers; the ratios, measured in alternating rounds, are the fairer figure.

${targets(m)}
${m.http ? httpSection(m.http) : ''}
Shared's \`validateSubmission\` + \`evaluateOutcome\` on this body take
**${fmt(m.validation.validateMicros)} µs** of CPU per call, bundled as the server is and run by plain node
(\`bench/validation-probe.ts\`; through tsx, as earlier reports measured it, 2–4× more)
(\`evaluateComputed\` alone: ${fmt(m.validation.computedMicros)} µs).

${m.exp ? exportSection(m.exp) : ''}${findings}`;
}
