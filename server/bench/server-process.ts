import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Peak resident set size of the server process so far (VmHWM), in MB. */
  peakRssMb(): number;
  /** Resident set size of the server process now (VmRSS), in MB. */
  rssMb(): number;
  /** CPU seconds (user + system) the server process has used so far. */
  cpuSeconds(): number;
  stop(): Promise<void>;
}

function statusMb(child: ChildProcess, field: 'VmHWM' | 'VmRSS'): number {
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  return Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024;
}

/** Builds the production server (`server/dist/main.js`, plain JS, no transpiler at run time). */
export function buildServer(): void {
  const built = spawnSync(process.execPath, ['server/scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('building the server failed');
}

/**
 * Runs the real server as its own process, so the load generator does not share its event
 * loop: from source through tsx, or `built` (after `buildServer()`) as deployments run it.
 */
export function startServer(
  dataDir: string,
  options: {
    built?: boolean /** Another checkout's build, for A/B runs (`submit-profile.ts --base`). */;
    root?: string;
  } = {},
): Promise<ServerProcess> {
  mkdirSync(dataDir, { recursive: true });
  return startProcess(
    [options.built ? 'server/dist/main.js' : 'server/src/main.ts'],
    {
      PORT: '0',
      HOST: '127.0.0.1',
      SPROUT_DEMO: '1',
      SPROUT_RATE_LIMITS: 'off',
      SPROUT_DATA_DIR: dataDir,
      SPROUT_DIVISIONS: 'fixture',
    },
    join(dataDir, 'stdout.log'),
    options.root,
  );
}

/**
 * Runs the bare hono floors (`floor-server.ts`) as their own process, like the server, with
 * the reference route on a port of its own (`referenceUrl`).
 */
export async function startFloor(
  floorFile: string,
  sproutFile: string,
): Promise<ServerProcess & { referenceUrl: string }> {
  const logFile = `${floorFile}.stdout.log`;
  const floor = await startProcess(['server/bench/floor-server.ts', floorFile, sproutFile], {}, logFile);
  const referenceUrl = /reference at (http:\/\/[^\s)]+)/.exec(readFileSync(logFile, 'utf8'))?.[1];
  if (!referenceUrl) throw new Error(`floor-server.ts named no reference port:\n${readFileSync(logFile, 'utf8')}`);
  return { ...floor, referenceUrl };
}

/**
 * The server's stdout (its one JSON line per request) goes to a file beside its data, as a
 * deployment's log would, not through a pipe into this process: the load generator runs
 * here and would otherwise spend its CPU reading Sprout's log lines.
 */
async function startProcess(
  args: string[],
  env: Record<string, string>,
  logFile: string,
  root = ROOT,
): Promise<ServerProcess> {
  const log = openSync(logFile, 'w');
  const child = spawn(
    process.execPath,
    [
      ...(args[0]?.endsWith('.ts') ? ['--import', 'tsx'] : []),
      ...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : []),
      ...args,
    ],
    {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', log, 'inherit'],
    },
  );
  closeSync(log);
  let exited: string | undefined;
  child.once('exit', (code) => {
    exited = `${args[0]} exited (${code}):\n${readFileSync(logFile, 'utf8')}`;
  });
  let url: string | undefined;
  while (!url) {
    if (exited) throw new Error(exited);
    await new Promise((r) => setTimeout(r, 50));
    url = /running at (http:\/\/[^\s"]+)/.exec(readFileSync(logFile, 'utf8'))?.[1];
  }
  return {
    url,
    child,
    peakRssMb: () => statusMb(child, 'VmHWM'),
    rssMb: () => statusMb(child, 'VmRSS'),
    cpuSeconds: () => {
      // /proc/<pid>/stat fields 14 and 15 are utime and stime in clock ticks (100 per second on Linux).
      const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      return (Number(fields[11]) + Number(fields[12])) / 100;
    },
    stop: async () => {
      const gone = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await gone;
    },
  };
}
