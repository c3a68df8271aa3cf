import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { HeadedResponse } from './headed-response.ts';

export interface ServeAppOptions {
  port: number;
  hostname: string;
}

/**
 * Serves a hono app on Node as Sprout is served, in production and in tests: its answers
 * are `HeadedResponse`s, so the headers every answer carries are written with the
 * answer's own in one step.
 */
export function serveApp(
  app: { fetch: Parameters<typeof serve>[0]['fetch'] },
  options: ServeAppOptions,
  onListening?: (info: AddressInfo) => void,
): ReturnType<typeof serve> {
  return serve(
    {
      fetch: app.fetch,
      port: options.port,
      hostname: options.hostname,
      serverOptions: { ServerResponse: HeadedResponse },
    },
    onListening,
  );
}
