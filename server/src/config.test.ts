import { describe, expect, it } from 'vitest';
import { readConfig } from './config.ts';

describe('readConfig for a deployment', () => {
  it('has no demo, no trusted proxy, and plain cookies by default', () => {
    const config = readConfig({});
    expect(config).toMatchObject({ demo: false, trustProxy: false, secureCookies: false, trustFetchAllow: [] });
  });

  it('makes cookies Secure for an https public URL, and reads the proxy and fetch allow lists', () => {
    const config = readConfig({
      SPROUT_PUBLIC_URL: 'https://sprout.yuhang.gov.cn',
      SPROUT_TRUST_PROXY: '127.0.0.1',
      SPROUT_TRUST_FETCH_ALLOW: 'keys.internal, 10.0.0.8',
      SPROUT_DEMO: '1',
    });
    expect(config).toMatchObject({
      secureCookies: true,
      trustProxy: ['127.0.0.1'],
      trustFetchAllow: ['keys.internal', '10.0.0.8'],
      demo: true,
    });
  });
});

describe('readConfig: SPROUT_TIME_ZONE', () => {
  it('writes export times in Beijing time unless the deployment names another zone', () => {
    expect(readConfig({}).timeZone).toBe('Asia/Shanghai');
    expect(readConfig({ SPROUT_TIME_ZONE: 'Asia/Urumqi' }).timeZone).toBe('Asia/Urumqi');
  });

  it('refuses a zone the runtime does not know, naming the variable', () => {
    expect(() => readConfig({ SPROUT_TIME_ZONE: 'Beijing' })).toThrow(/SPROUT_TIME_ZONE/);
  });
});
