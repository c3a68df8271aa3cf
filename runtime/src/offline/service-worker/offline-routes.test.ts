import { describe, expect, it } from 'vitest';
import { isOfflinePage, offlineStrategy, pageKey } from './offline-routes.ts';

const ORIGIN = 'https://sprout.example';
const at = (path: string, method = 'GET', mode = 'cors') => ({ url: new URL(path, ORIGIN), method, mode });

describe('offlineStrategy', () => {
  it('keeps resident pages and /verify, network first', () => {
    expect(offlineStrategy(at('/a/health-code', 'GET', 'navigate'), ORIGIN)).toBe('page');
    expect(offlineStrategy(at('/a/health-code?receipt=ABC', 'GET', 'navigate'), ORIGIN)).toBe('page');
    expect(offlineStrategy(at('/verify', 'GET', 'navigate'), ORIGIN)).toBe('page');
  });

  it('leaves the officials’ pages alone', () => {
    expect(offlineStrategy(at('/apps/3', 'GET', 'navigate'), ORIGIN)).toBe('pass');
    expect(offlineStrategy(at('/', 'GET', 'navigate'), ORIGIN)).toBe('pass');
    expect(offlineStrategy(at('/a/x/y', 'GET', 'navigate'), ORIGIN)).toBe('pass');
  });

  it('answers fingerprinted and content-addressed files from the cache first', () => {
    expect(offlineStrategy(at('/r/assets/resident-1lelA2wv.js'), ORIGIN)).toBe('immutable');
    expect(offlineStrategy(at('/packs/ab12/widget.js'), ORIGIN)).toBe('immutable');
  });

  it('keeps the answers a form asks for again, network first', () => {
    expect(offlineStrategy(at('/api/v1/public/apps/health-code'), ORIGIN)).toBe('network-first');
    expect(offlineStrategy(at('/api/v1/divisions?parent=330110'), ORIGIN)).toBe('network-first');
    expect(offlineStrategy(at('/r/host/react.js'), ORIGIN)).toBe('network-first');
  });

  it('never touches writes, receipts, the officials’ API or other origins', () => {
    expect(offlineStrategy(at('/api/v1/public/apps/health-code/submissions', 'POST'), ORIGIN)).toBe('pass');
    expect(offlineStrategy(at('/api/v1/public/receipts/ABC'), ORIGIN)).toBe('pass');
    expect(offlineStrategy(at('/api/v1/apps'), ORIGIN)).toBe('pass');
    expect(
      offlineStrategy({ ...at('/r/assets/a.js'), url: new URL('https://cdn.example/r/assets/a.js') }, ORIGIN),
    ).toBe('pass');
  });
});

describe('pages', () => {
  it('are /a/:slug and /verify only', () => {
    expect(isOfflinePage('/a/health-code')).toBe(true);
    expect(isOfflinePage('/a/health-code/')).toBe(true);
    expect(isOfflinePage('/verify')).toBe(true);
    expect(isOfflinePage('/verify/x')).toBe(false);
    expect(isOfflinePage('/a/')).toBe(false);
  });

  it('are kept by path, whatever the query', () => {
    expect(pageKey(new URL('/a/health-code?receipt=ABC', ORIGIN))).toBe(`${ORIGIN}/a/health-code`);
    expect(pageKey(new URL('/a/health-code/', ORIGIN))).toBe(`${ORIGIN}/a/health-code`);
  });
});
