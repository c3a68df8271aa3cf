import { beforeEach } from 'vitest';
import { type RunningServer, startServer } from './server.ts';

/**
 * A freshly seeded server for every test of the file and for every retry of it, stopped when
 * the attempt ends. For tests that change what other tests see (add a village, change a
 * password, archive an app): a retry then starts from the seeded demo again instead of meeting
 * what its failed attempt left behind (a username already taken, a password already changed).
 * @example const server = serverForEachTest(); … await page.goto(`${server().url}/login`);
 */
export function serverForEachTest(options: Parameters<typeof startServer>[0] = {}): () => RunningServer {
  let current: RunningServer | undefined;
  beforeEach(async () => {
    const server = await startServer({ ...options, env: { SPROUT_DIVISIONS: 'fixture', ...options.env } });
    current = server;
    return () => server.stop();
  });
  return () => {
    if (!current) throw new Error('serverForEachTest: no server outside a test');
    return current;
  };
}
