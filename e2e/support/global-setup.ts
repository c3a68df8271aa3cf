import type { TestProject } from 'vitest/node';
import { type RunningServer, startServer } from './server.ts';

let server: RunningServer | undefined;

/** One seeded server for the whole browser suite; tests that need isolation start their own. */
export async function setup(project: TestProject): Promise<void> {
  server = await startServer();
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
