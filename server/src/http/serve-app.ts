import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
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
  app: Pick<Hono, 'fetch'>,
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
