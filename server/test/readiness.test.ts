import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.ts';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('/api/v1/ready', () => {
  it('answers 200 while the database answers and the node is not draining', async () => {
    server = await startTestServer({ seed: false });
    const res = await fetch(`${server.url}/api/v1/ready`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ready' });
  });

  it('answers 503 problem+json naming the database when it cannot answer; /health stays 200', async () => {
    server = await startTestServer({ seed: false });
    await server.storage.close();
    const res = await fetch(`${server.url}/api/v1/ready`, { headers: { 'accept-language': 'en' } });
    expect(res.status).toBe(503);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(await res.json()).toMatchObject({ status: 503, code: 'database', detail: 'The database does not answer' });
    expect((await fetch(`${server.url}/api/v1/health`)).status).toBe(200);
  });

  it('answers 503 with code draining once the node is shutting down', async () => {
    let draining = false;
    server = await startTestServer({ seed: false, app: { lifecycle: { isDraining: () => draining } } });
    expect((await fetch(`${server.url}/api/v1/ready`)).status).toBe(200);
    draining = true;
    const res = await fetch(`${server.url}/api/v1/ready`);
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ code: 'draining' });
  });
});
