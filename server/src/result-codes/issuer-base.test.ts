import { describe, expect, it } from 'vitest';
import { issuerWarning } from './issuer-base.ts';

describe('the start-up warning about result codes', () => {
  it('is printed when the server listens beyond loopback without SPROUT_PUBLIC_URL, and only then', () => {
    expect(issuerWarning(undefined, '0.0.0.0')).toContain('SPROUT_PUBLIC_URL');
    expect(issuerWarning(undefined, '192.168.1.5')).toContain('503');
    expect(issuerWarning(undefined, '127.0.0.1')).toBeUndefined();
    expect(issuerWarning(undefined, '::1')).toBeUndefined();
    expect(issuerWarning(undefined, 'localhost')).toBeUndefined();
    expect(issuerWarning('https://sprout.yuhang.gov.cn', '0.0.0.0')).toBeUndefined();
  });
});
