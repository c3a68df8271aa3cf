import type { TestProject } from 'vitest/node';
import { type RunningServer, startServer } from './server.ts';

let server: RunningServer | undefined;

/** One seeded server for the whole browser suite; tests that need isolation start their own. */
export async function setup(project: TestProject): Promise<void> {
  // Tests trust another deployment on this machine by URL: loopback fetches are allowed here only.
  server = await startServer({ env: { SPROUT_TRUST_FETCH_ALLOW: '127.0.0.1' } });
  project.provide('baseUrl', server.url);
}

export async function teardown(): Promise<void> {
  await server?.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
