import { describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../logging/logger.ts';
import { type ClosableServer, createGracefulShutdown } from './graceful-shutdown.ts';

/** A server whose close() completes when the test says the last connection ended. */
function fakeServer() {
  let closed: (() => void) | undefined;
  const server: ClosableServer & { finish(): void } = {
    close: (callback) => {
      closed = () => callback();
    },
    closeIdleConnections: vi.fn(),
    closeAllConnections: vi.fn(() => closed?.()),
    finish: () => closed?.(),
  };
  return server;
}

function setup(graceMs = 1000) {
  const server = fakeServer();
  const order: string[] = [];
  const exit = vi.fn((code: number) => order.push(`exit ${code}`));
  const shutdown = createGracefulShutdown({
    server,
    storage: { close: async () => void order.push('storage closed') },
    scheduler: { stop: () => order.push('scheduler stopped') },
    logger: silentLogger,
    graceMs,
    exit,
  });
  return { server, order, exit, shutdown };
}

describe('createGracefulShutdown', () => {
  it('drains, waits for the connections, then closes storage and exits 0', async () => {
    vi.useFakeTimers();
    const { server, order, exit, shutdown } = setup();
    expect(shutdown.isDraining()).toBe(false);
    shutdown.shutdown('SIGTERM');
    expect(shutdown.isDraining()).toBe(true);
    expect(order).toEqual(['scheduler stopped']);
    server.finish();
    await vi.waitFor(() => expect(exit).toHaveBeenCalled());
    expect(order).toEqual(['scheduler stopped', 'storage closed', 'exit 0']);
    vi.useRealTimers();
  });

  it('cuts what still runs after the grace period and exits 1; a second signal changes nothing', async () => {
    vi.useFakeTimers();
    const { server, order, shutdown } = setup(500);
    shutdown.shutdown('SIGTERM');
    shutdown.shutdown('SIGINT');
    await vi.advanceTimersByTimeAsync(500);
    expect(server.closeAllConnections).toHaveBeenCalledOnce();
    await vi.waitFor(() => expect(order.at(-1)).toBe('exit 1'));
    expect(order.filter((o) => o === 'scheduler stopped')).toHaveLength(1);
    vi.useRealTimers();
  });
});
