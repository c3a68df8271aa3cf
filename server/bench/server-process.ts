import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

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
export function startServer(dataDir: string, options: { built?: boolean } = {}): Promise<ServerProcess> {
  return startProcess([options.built ? 'server/dist/main.js' : 'server/src/main.ts'], {
    PORT: '0',
    HOST: '127.0.0.1',
    SPROUT_DEMO: '1',
    SPROUT_RATE_LIMITS: 'off',
    SPROUT_DATA_DIR: dataDir,
    SPROUT_DIVISIONS: 'fixture',
  });
}

/** Runs the bare hono floors (`floor-server.ts`) as their own process, like the server. */
export function startFloor(floorFile: string, sproutFile: string): Promise<ServerProcess> {
  return startProcess(['server/bench/floor-server.ts', floorFile, sproutFile], {});
}

async function startProcess(args: string[], env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(
    process.execPath,
    [
      ...(args[0]?.endsWith('.ts') ? ['--import', 'tsx'] : []),
      ...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : []),
      ...args,
    ],
    {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const url = await new Promise<string>((ok, fail) => {
    let log = '';
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      const m = /running at (http:\/\/[^\s"]+)/.exec(log);
      if (!m?.[1]) return;
      // From here on the server's lines (one per request) are read and dropped, never kept.
      child.stdout?.off('data', onData);
      child.stdout?.resume();
      ok(m[1]);
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => fail(new Error(`${args[0]} exited (${code}):\n${log}`)));
  });
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
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
