import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Everything the process printed so far (stdout and stderr). */
  output(): string;
  stop(): Promise<void>;
}

export interface ServerProcessOptions {
  /** Node's arguments: the TypeScript source through tsx unless a test runs the built JS. */
  args?: string[];
  cwd?: string;
}

/**
 * Starts `server/src/main.ts` as its own process on a free loopback port over `dataDir`
 * with the fixture divisions; `env` adds or overrides variables (SPROUT_DEMO is not set
 * unless a test sets it).
 */
export async function startServerProcess(
  dataDir: string,
  env: Record<string, string> = {},
  options: ServerProcessOptions = {},
): Promise<ServerProcess> {
  const child = spawn(process.execPath, options.args ?? ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: options.cwd ?? ROOT,
    env: {
      ...withoutSproutVariables(process.env),
      PORT: '0',
      HOST: '127.0.0.1',
      SPROUT_DATA_DIR: dataDir,
      SPROUT_DIVISIONS: 'fixture',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const url = await new Promise<string>((ok, fail) => {
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      const m = /running at (http:\/\/\S+)/.exec(log);
      if (m?.[1]) ok(m[1]);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => fail(new Error(`server exited (${code}) before it was ready:\n${log}`)));
  });
  return {
    url,
    child,
    output: () => log,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** The test runner's own SPROUT_* settings and DATABASE_URL must not leak into the server under test. */
function withoutSproutVariables(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([k]) => !k.startsWith('SPROUT_') && k !== 'DATABASE_URL'));
}
