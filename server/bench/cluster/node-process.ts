import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');

export interface ClusterNode {
  name: string;
  url: string;
  port: number;
  child: ChildProcess;
  /** CPU seconds (user + system) this process has used so far. */
  cpuSeconds(): number;
  stop(): Promise<void>;
}

/** CPU seconds of a process from /proc/<pid>/stat (utime + stime, 100 ticks a second on Linux). */
export function cpuSecondsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/**
 * One server node as production runs it: the built `server/dist/main.js` under plain node,
 * its JSON request log read and dropped (writing it is part of the cost measured).
 */
export async function startNode(name: string, env: Record<string, string>): Promise<ClusterNode> {
  const child = spawn(process.execPath, ['server/dist/main.js'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', SPROUT_RATE_LIMITS: 'off', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let log = '';
  const url = await new Promise<string>((ok, fail) => {
    const onData = (chunk: Buffer) => {
      if (log.length < 10_000) log += chunk.toString();
      const m = /running at (http:\/\/\S+)/.exec(log);
      if (m?.[1]) ok(m[1]);
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => fail(new Error(`node ${name} exited (${code}):\n${log}`)));
  });
  const pid = child.pid as number;
  return {
    name,
    url,
    port: Number(new URL(url).port),
    child,
    cpuSeconds: () => cpuSecondsOf(pid),
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
