import { EXAMPLES } from '@sprout/examples';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, login, startTestServer, type Client, type TestServer } from './harness.ts';

let s: TestServer;
let builder: Client;
beforeAll(async () => {
  s = await startTestServer();
  builder = await login(s.url, 'county-builder');
});
afterAll(() => s.close());

describe('publishing outcome rules', () => {
  it('saves a draft whose catch-all comes first, but refuses to publish it, naming the shadowing rule', async () => {
    const def = structuredClone(EXAMPLES['health-code']!);
    const rules = def.outcomes ?? [];
    def.outcomes = [rules[rules.length - 1]!, ...rules.slice(0, -1)];
    const created = await builder.fetch('/apps', { method: 'POST', json: { title: '健康申报', definition: def } });
    expect(created.status).toBe(201);
    const { id } = await json<{ id: number }>(created);

    const refused = await builder.fetch(`/apps/${id}/publish`, {
      method: 'POST',
      headers: { 'accept-language': 'en' },
    });
    expect(refused.status).toBe(422);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    const problem = await json<{ errors: Array<{ path: string; message: string }> }>(refused);
    expect(problem.errors.map((e) => e.path)).toEqual(['outcomes[1]', 'outcomes[2]']);
    expect(problem.errors[0]?.message).toMatch(/rule 1 \(".+"\)/);

    def.outcomes = rules;
    const fixed = await builder.fetch(`/apps/${id}/draft`, { method: 'PUT', json: { definition: def, revision: 1 } });
    expect(fixed.status).toBe(200);
    expect((await builder.fetch(`/apps/${id}/publish`, { method: 'POST' })).status).toBe(201);
  });
});
