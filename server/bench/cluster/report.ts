export interface Throughput {
  perSecond: number;
  p50: number;
  p99: number;
  acknowledged: number;
  failed: number;
  /** CPU seconds each node used during the measured run. */
  cpuSeconds: number[];
  proxyCpuSeconds: number;
  /** The database server's CPU seconds during the run; undefined when it runs inside the nodes (SQLite). */
  databaseCpuSeconds: number | undefined;
}

export interface ClusterFacts {
  engine: string;
  cores: number;
  /** /proc/loadavg when the run ended: other work on the machine skews every figure. */
  loadAverage: string;
  cpuModel: string;
  connections: number;
  seconds: number;
  one: Throughput;
  two: Throughput;
  burst: {
    clients: number;
    seconds: number;
    killedAtMs: number;
    acknowledged: number;
    retried: number;
    replayed: number;
    lost: number;
    duplicates: number;
    differentReceipt: number;
  };
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits });

/** CPU seconds per 1,000 acknowledged submissions. */
const per1000 = (cpu: number, acknowledged: number) => (acknowledged > 0 ? (cpu / acknowledged) * 1000 : 0);

function throughputRow(name: string, t: Throughput): string {
  const nodes = t.cpuSeconds.map((c) => fmt(per1000(c, t.acknowledged), 2)).join(' / ');
  const database =
    t.databaseCpuSeconds === undefined ? 'in the nodes' : fmt(per1000(t.databaseCpuSeconds, t.acknowledged), 2);
  return `| ${name} | ${fmt(t.perSecond)} | ${fmt(t.p50)} | ${fmt(t.p99)} | ${fmt(t.acknowledged)} | ${fmt(t.failed)} | ${nodes} | ${database} | ${fmt(per1000(t.proxyCpuSeconds, t.acknowledged), 2)} |`;
}

/**
 * What N nodes could do with a core each: one node's CPU per submission (the two-node run,
 * both nodes together) sets the rate per core; the database must keep up, which this
 * machine cannot show.
 */
function projection(f: ClusterFacts): string {
  const nodeCpuPer1000 = per1000(
    f.two.cpuSeconds.reduce((a, b) => a + b, 0),
    f.two.acknowledged,
  );
  const perCore = nodeCpuPer1000 > 0 ? 1000 / nodeCpuPer1000 : 0;
  const databasePer1000 =
    f.two.databaseCpuSeconds === undefined ? 0 : per1000(f.two.databaseCpuSeconds, f.two.acknowledged);
  const databaseNote =
    databasePer1000 > 0
      ? `PostgreSQL spent ${fmt(databasePer1000, 2)} CPU-seconds per 1,000, so one database core keeps up with about ${fmt(1000 / databasePer1000)} submissions/s; past that the database needs more cores, faster fsync (group commit is PostgreSQL's own) or a distributed engine (docs/deploy.md §15).`
      : 'With SQLite every node writes to one file on one machine, so this projection only holds for PostgreSQL.';
  const rows = [1, 2, 4, 8, 16, 32].map((n) => `| ${n} | ${fmt(n * perCore)} |`).join('\n');
  return `One node spends **${fmt(nodeCpuPer1000, 2)} CPU-seconds per 1,000 submissions** (both nodes of the
two-node run together, request log included), so one core carries about **${fmt(perCore)} submissions/s**.
Nodes share nothing but the database, so on a machine (or machines) with a core per node:

| nodes (one core each) | projected submissions/s, if the database keeps up |
| --------------------- | ------------------------------------------------- |
${rows}

${databaseNote}

The province-wide health code of docs/deploy.md (≈ 12,000 submissions/s at peak) needs about
${fmt(Math.ceil(12_000 / Math.max(perCore, 1)))} node cores by this figure${databasePer1000 > 0 ? `, and about ${fmt(Math.ceil((12_000 * databasePer1000) / 1000))} database cores` : ''}.`;
}

/** The markdown of bench/results/cluster.md. */
export function writeClusterReport(f: ClusterFacts): string {
  const b = f.burst;
  const ok = b.lost === 0 && b.duplicates === 0 && b.differentReceipt === 0;
  return `# Cluster bench (\`npm run bench:cluster\`)

Two server nodes (the production build, \`node server/dist/main.js\`, one process each) behind
nginx from Debian (round robin, keep-alive to the nodes) on loopback. Database: **${f.engine}**.
Machine: ${f.cores} cores (${f.cpuModel}), load average ${f.loadAverage} at the end (other
work shared the machine; compare the rows with each other, not with other runs). Load: autocannon, ${f.connections} connections, ${f.seconds} s per run
after a 2 s warm-up, each request a health-code submission with a fresh Idempotency-Key,
committed durably (fsync) before its 201.

**This machine has ${f.cores} cores shared by the load generator, nginx and both nodes, so two
nodes cannot show their speed-up here**: the second node only splits the same CPU. What the run
shows is that two nodes behave as one, and what each submission costs; the projection below
turns that cost into throughput on a machine with a core per node.

## Throughput

| nodes | submissions/s | p50 ms | p99 ms | acknowledged | failed | node CPU-s per 1,000 (each node) | database CPU-s per 1,000 | nginx CPU-s per 1,000 |
| ----- | ------------- | ------ | ------ | ------------ | ------ | -------------------------------- | ------------------------ | --------------------- |
${throughputRow('one', f.one)}
${throughputRow('two', f.two)}

${f.two.databaseCpuSeconds === undefined ? 'SQLite runs inside each node, so the database’s cost is in the node figures.' : 'The database column is the PostgreSQL server’s processes (postmaster, backends, background writers).'}

## kill -9 in the middle of a burst

${b.clients} clients submitted through nginx for ${fmt(b.seconds, 1)} s; node B was killed with SIGKILL
${fmt(b.killedAtMs / 1000, 1)} s in. A client whose request failed (connection cut, 502) sent it again
with the same Idempotency-Key until it was acknowledged; nginx sends a new connection to the
surviving node.

| acknowledged | retried | retries answered by a replay of the first commit | lost | duplicates | replay with another receipt |
| ------------ | ------- | ------------------------------------------------ | ---- | ---------- | --------------------------- |
| ${fmt(b.acknowledged)} | ${fmt(b.retried)} | ${fmt(b.replayed)} | **${b.lost}** | **${b.duplicates}** | **${b.differentReceipt}** |

${ok ? 'Nothing acknowledged was lost, nothing was stored twice, and every key sent again answered the receipt of its first acknowledgement.' : '**FAILED**: see the counts above.'}
"Lost" looks up every acknowledged receipt on the surviving node; "duplicates" is the rows
added minus the keys acknowledged; the replay sends every acknowledged key once more.

## Projection

${projection(f)}
`;
}
