import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { json, request, startTestServer, type TestServer } from './harness.ts';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ seed: false });
});
afterAll(() => s.close());

describe('OpenAPI document', () => {
  it('describes every registered API route, and nothing that is not one', async () => {
    const doc = await json<{ openapi: string; paths: Record<string, Record<string, unknown>> }>(
      await request(s.url, '/openapi.json'),
    );
    expect(doc.openapi).toBe('3.1.0');
    const documented = new Set(
      Object.entries(doc.paths).flatMap(([path, methods]) =>
        Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`),
      ),
    );
    const app = createApp({ storage: s.storage });
    const registered = new Set(
      app.routes
        .filter((r) => r.path.startsWith('/api/v1/') && r.method !== 'ALL' && r.path !== '/api/v1/openapi.json')
        .map((r) => `${r.method} ${r.path.replace(/:([A-Za-z]+)/g, '{$1}')}`),
    );
    expect(registered.size).toBeGreaterThan(30);
    expect([...registered].filter((r) => !documented.has(r))).toEqual([]);
    expect([...documented].filter((d) => !registered.has(d))).toEqual([]);
  });

  it('gives every operation a summary and its error answers as problem+json', async () => {
    const doc = await json<{
      paths: Record<
        string,
        Record<string, { summary?: string; responses: Record<string, { content?: Record<string, unknown> }> }>
      >;
    }>(await request(s.url, '/openapi.json'));
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        expect(op.summary, `${method} ${path}`).toBeTruthy();
        for (const [status, r] of Object.entries(op.responses)) {
          if (Number(status) >= 400)
            expect(Object.keys(r.content ?? {}), `${method} ${path} ${status}`).toEqual(['application/problem+json']);
        }
      }
    }
  });
});

type Responses = Record<string, { content?: Record<string, { schema?: { $ref?: string } & Record<string, unknown> }> }>;

describe('OpenAPI answers', () => {
  it('types every 2xx answer that has a body: JSON by a shared wire type, downloads by their content type', async () => {
    const doc = await json<{
      paths: Record<string, Record<string, { responses: Responses }>>;
      components: { schemas: Record<string, unknown> };
    }>(await request(s.url, '/openapi.json'));
    const untyped: string[] = [];
    let typed = 0;
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        for (const [status, r] of Object.entries(op.responses)) {
          const code = Number(status);
          if (code < 200 || code >= 300) continue;
          const where = `${method.toUpperCase()} ${path} ${status}`;
          if (code === 204) {
            expect(r.content, `${where} has no body`).toBeUndefined();
            continue;
          }
          for (const [type, media] of Object.entries(r.content ?? { none: {} })) {
            const ref = media.schema?.$ref;
            const ok = type.startsWith('application/json')
              ? typeof ref === 'string' && ref.replace('#/components/schemas/', '') in doc.components.schemas
              : media.schema?.contentMediaType === type.split(';')[0];
            if (ok) typed++;
            else untyped.push(`${where} ${type}`);
          }
        }
      }
    }
    expect(untyped).toEqual([]);
    expect(typed).toBeGreaterThan(80);
    // Every named schema compiles, so every $ref in the document resolves.
    const ajv = new Ajv2020({ strict: false });
    ajv.addSchema({ $id: 'doc', components: doc.components });
    for (const name of Object.keys(doc.components.schemas)) {
      expect(() => ajv.compile({ $ref: `doc#/components/schemas/${name}` }), name).not.toThrow();
    }
  });

  it('words the schemas from shared’s types: their doc comments and their exact fields', async () => {
    const doc = await json<{ components: { schemas: Record<string, Record<string, unknown>> } }>(
      await request(s.url, '/openapi.json'),
    );
    const receipt = doc.components.schemas.Receipt!;
    expect(receipt.description).toContain('What the submit answers');
    expect(receipt.additionalProperties).toBe(false);
    expect(receipt.required).toEqual(expect.arrayContaining(['receiptCode', 'status', 'outcome']));
  });
});

describe('errors and limits', () => {
  it('answers unknown API routes with a 404 problem', async () => {
    const res = await request(s.url, '/no/such/route');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(await json(res)).toMatchObject({ status: 404, title: '未找到' });
  });

  it('answers field errors of a request body with paths', async () => {
    const res = await request(s.url, '/auth/login', { method: 'POST', json: { username: '' } });
    expect(res.status).toBe(422);
    const body = await json<{ errors: Array<{ path: string }> }>(res);
    expect(body.errors.map((e) => e.path).sort()).toEqual(['password', 'username']);
  });

  it("sends an API's secure headers", async () => {
    const res = await request(s.url, '/health');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
  });

  it('answers a clear 503 page when a front end is not built', async () => {
    const res = await fetch(`${s.url}/a/health-code`);
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('npm run build');
  });
  // Last: the server drops the connection of an oversized upload, which undici's pool then retires.
  it('refuses bodies over the limit with 413', async () => {
    const res = await request(s.url, '/auth/login', {
      method: 'POST',
      body: JSON.stringify({ username: 'x', password: 'y'.repeat(3 * 1024 * 1024) }),
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(413);
  });
});
