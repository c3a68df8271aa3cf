import { describe, expect, it } from 'vitest';
import { clientOrigin, parseTrustProxy, type RequestFacts } from './client-origin.ts';

const facts = (socketAddress: string | null, headers: Record<string, string> = {}): RequestFacts => ({
  socketAddress,
  scheme: 'http',
  header: (name) => headers[name],
});

describe('clientOrigin', () => {
  const forwarded = { 'x-forwarded-for': '6.6.6.6, 203.0.113.9', 'x-forwarded-proto': 'https' };

  it('ignores forwarded headers unless a proxy is trusted', () => {
    expect(clientOrigin(facts('::ffff:127.0.0.1', forwarded), false)).toEqual({ ip: '127.0.0.1', scheme: 'http' });
  });

  it('takes only the entry the trusted hop added', () => {
    expect(clientOrigin(facts('127.0.0.1', forwarded), true)).toEqual({ ip: '203.0.113.9', scheme: 'https' });
  });

  it('trusts a listed proxy only', () => {
    expect(clientOrigin(facts('10.0.0.5', forwarded), ['10.0.0.5']).ip).toBe('203.0.113.9');
    expect(clientOrigin(facts('10.0.0.6', forwarded), ['10.0.0.5']).ip).toBe('10.0.0.6');
  });

  it('keeps the peer and scheme when the trusted hop sent nothing usable', () => {
    expect(clientOrigin(facts('127.0.0.1', { 'x-forwarded-proto': 'gopher' }), true)).toEqual({
      ip: '127.0.0.1',
      scheme: 'http',
    });
  });

  it('reads SPROUT_TRUST_PROXY', () => {
    expect(parseTrustProxy(undefined)).toBe(false);
    expect(parseTrustProxy('0')).toBe(false);
    expect(parseTrustProxy('1')).toBe(true);
    expect(parseTrustProxy('127.0.0.1, 10.0.0.5')).toEqual(['127.0.0.1', '10.0.0.5']);
  });
});
