import { describe, expect, it } from 'vitest';
import { isInternalAddress } from './address-kind.ts';

describe('isInternalAddress', () => {
  it('knows loopback, private, link-local, carrier-grade NAT and mapped forms', () => {
    for (const a of [
      '127.0.0.1',
      '10.1.2.3',
      '172.20.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
    ]) {
      expect({ a, internal: isInternalAddress(a) }).toEqual({ a, internal: true });
    }
    for (const a of ['::1', '::', 'fd00::1', 'fe80::1', '::ffff:127.0.0.1', '::ffff:10.0.0.1', 'not-an-ip']) {
      expect({ a, internal: isInternalAddress(a) }).toEqual({ a, internal: true });
    }
  });

  it('lets public addresses through', () => {
    for (const a of ['8.8.8.8', '203.0.113.9', '2001:4860:4860::8888', '::ffff:8.8.8.8']) {
      expect({ a, internal: isInternalAddress(a) }).toEqual({ a, internal: false });
    }
  });
});
