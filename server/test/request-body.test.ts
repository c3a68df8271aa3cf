import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.ts';

// JSON bodies with a Content-Length are read straight off Node's stream and limited by
// the header; chunked ones (no declared length) go through hono's counting limit.
let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(() => s.close());

function chunked(text: string): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  return new ReadableStream({
    start(controller) {
      for (let at = 0; at < bytes.length; at += 64 * 1024) controller.enqueue(bytes.subarray(at, at + 64 * 1024));
      controller.close();
    },
  });
}

const login = (body: string | ReadableStream<Uint8Array>) =>
  fetch(`${s.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    duplex: 'half',
  } as RequestInit);

describe('JSON request bodies', () => {
  it('are read whole with a declared length and when chunked', async () => {
    const body = JSON.stringify({ username: 'county-admin', password: 'sprout-demo-1' });
    expect((await login(body)).status).toBe(200);
    const res = await login(chunked(body));
    expect(res.status).toBe(200);
  });

  it('are read whole when a declared length spans many chunks', async () => {
    // ~600 KB: Node's parser hands it over in many pieces; a cut body would be 400 (not
    // JSON), a whole one reaches validation, which finds the password too long.
    const body = JSON.stringify({ username: 'county-admin', password: `sprout-demo-1${' '.repeat(600_000)}` });
    const res = await login(body);
    expect(res.status).toBe(422);
    const problem = (await res.json()) as { errors?: Array<{ path: string }> };
    expect(problem.errors?.map((e) => e.path)).toEqual(['password']);
  });

  it('over the limit get 413 when chunked too', async () => {
    const body = JSON.stringify({ username: 'x', password: 'y'.repeat(3 * 1024 * 1024) });
    const res = await login(chunked(body));
    expect(res.status).toBe(413);
  });
});
