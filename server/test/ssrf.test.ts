import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, login, startTestServer, type TestServer } from './harness.ts';

// `other` stands for another deployment on this machine; `guarded` may not fetch from it.
let guarded: TestServer;
let allowing: TestServer;
let other: TestServer;
beforeAll(async () => {
  [guarded, allowing, other] = await Promise.all([
    startTestServer(),
    startTestServer({ app: { trustFetchAllow: ['127.0.0.1'] } }),
    startTestServer(),
  ]);
});
afterAll(async () => {
  await Promise.all([guarded.close(), allowing.close(), other.close()]);
});

const trustByUrl = async (server: TestServer, jwksUrl: string) => {
  const admin = await login(server.url, 'county-admin');
  return admin.fetch('/trust', {
    method: 'POST',
    json: { name: '另一个区', issuerPrefix: 'https://other.example/o/', jwksUrl },
  });
};

describe('fetching a JWKS for the trust list', () => {
  it('refuses loopback, private and link-local addresses, all with the same message', async () => {
    const port = new URL(other.url).port;
    const messages = new Set<string>();
    for (const url of [
      `http://127.0.0.1:${port}/.well-known/jwks.json`,
      `http://localhost:${port}/.well-known/jwks.json`,
      `http://[::1]:${port}/.well-known/jwks.json`,
      'http://10.0.0.1/jwks.json',
      'http://192.168.1.1/jwks.json',
      'http://169.254.169.254/latest/meta-data/',
      'http://2130706433/jwks.json',
    ]) {
      const res = await trustByUrl(guarded, url);
      expect({ url, status: res.status }).toEqual({ url, status: 422 });
      const body = await json<{ errors: Array<{ path: string; message: string }> }>(res);
      expect(body.errors[0]?.path).toBe('jwksUrl');
      messages.add(body.errors[0]?.message ?? '');
    }
    expect([...messages]).toEqual([
      '无法获取公钥：不允许访问本机或内网地址（refused: a loopback, private or link-local address）',
    ]);
  });

  it('fetches from an internal host listed in SPROUT_TRUST_FETCH_ALLOW', async () => {
    const res = await trustByUrl(allowing, `${other.url}/.well-known/jwks.json`);
    expect(res.status).toBe(201);
  });
});
