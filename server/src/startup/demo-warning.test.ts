import { describe, expect, it } from 'vitest';
import { demoWarning, isLoopbackUrl } from './demo-warning.ts';

describe('demoWarning', () => {
  it('is silent without the demo or on this machine only', () => {
    expect(demoWarning({ demo: false, publicBaseUrl: 'https://sprout.example.gov.cn' })).toBeNull();
    expect(demoWarning({ demo: true, publicBaseUrl: undefined })).toBeNull();
    expect(demoWarning({ demo: true, publicBaseUrl: 'http://127.0.0.1:8787' })).toBeNull();
    expect(demoWarning({ demo: true, publicBaseUrl: 'http://localhost:8787' })).toBeNull();
    expect(demoWarning({ demo: true, publicBaseUrl: 'http://[::1]:8787' })).toBeNull();
  });

  it('warns loudly, in both languages, for a URL others can reach', () => {
    const text = demoWarning({ demo: true, publicBaseUrl: 'https://sprout.example.gov.cn' });
    expect(text).toContain('警告');
    expect(text).toContain('WARNING: SPROUT_DEMO=1');
    expect(text).toContain('https://sprout.example.gov.cn');
  });

  it('takes a LAN address or an unreadable URL as public', () => {
    expect(isLoopbackUrl('http://192.168.1.20:8787')).toBe(false);
    expect(isLoopbackUrl('not a url')).toBe(false);
    expect(isLoopbackUrl('http://127.0.0.2')).toBe(true);
  });
});
