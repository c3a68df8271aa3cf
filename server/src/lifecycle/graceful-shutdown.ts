import type { Logger } from '../logging/logger.ts';
import type { Lifecycle } from './readiness.ts';

/** The parts of node's HTTP server a shutdown drives. */
export interface ClosableServer {
  close(callback: (error?: Error) => void): void;
  closeIdleConnections?(): void;
  closeAllConnections?(): void;
}

export interface GracefulShutdownOptions {
  server: ClosableServer;
  /** Closing storage commits the queued submission batch, then closes the database. */
  storage: { close(): Promise<void> };
  /** Timers that start new work (the daily jobs). */
  scheduler: { stop(): void };
  logger: Logger;
  /** How long in-flight requests get before their connections are cut (default 10 s). */
  graceMs?: number;
  exit?: (code: number) => void;
}

/**
 * SIGTERM as an orchestrator means it: stop accepting connections and say "not ready",
 * let the requests already read finish (a submission is answered only after its commit),
 * commit what is queued, close the database, exit 0. Keep-alive connections that sit idle
 * are closed as they become idle, so they cannot hold the process open; whatever still runs
 * after `graceMs` is cut and the exit code says so.
 */
export function createGracefulShutdown(
  options: GracefulShutdownOptions,
): Lifecycle & { shutdown(signal: string): void } {
  const { server, storage, scheduler, logger, graceMs = 10_000, exit = (code) => process.exit(code) } = options;
  let draining = false;
  return {
    isDraining: () => draining,
    shutdown(signal) {
      if (draining) return;
      draining = true;
      logger.info({ signal }, 'shutting down: no new connections, finishing requests in flight');
      scheduler.stop();
      const idleSweep = setInterval(() => server.closeIdleConnections?.(), 50);
      let cut = false;
      const deadline = setTimeout(() => {
        cut = true;
        logger.warn({ graceMs }, 'requests still running after the grace period; closing their connections');
        server.closeAllConnections?.();
      }, graceMs);
      server.close(() => {
        clearInterval(idleSweep);
        clearTimeout(deadline);
        storage.close().then(
          () => {
            logger.info({ signal }, 'stopped: queued submissions committed, database closed');
            exit(cut ? 1 : 0);
          },
          (error: unknown) => {
            logger.error({ err: error }, 'closing the database failed');
            exit(1);
          },
        );
      });
      server.closeIdleConnections?.();
    },
  };
}
