import { TrieRouter } from 'hono/router/trie-router';
import { describe, expect, it } from 'vitest';
import { cachedRouter } from './cached-router.ts';

/** A trie router that counts how often it is asked to match. */
function routes() {
  const trie = new TrieRouter<string>();
  let calls = 0;
  return {
    name: trie.name,
    add: (method: string, path: string, handler: string) => trie.add(method, path, handler),
    match: (method: string, path: string) => {
      calls++;
      return trie.match(method, path);
    },
    calls: () => calls,
  };
}

describe('cachedRouter', () => {
  it('answers what its router answers, matching each method and path once', () => {
    const inner = routes();
    const router = cachedRouter(inner);
    router.add('ALL', '/api/*', 'api layer');
    router.add('GET', '/api/v1/apps/:id', 'app');
    router.add('POST', '/api/v1/apps/:id', 'save');
    const plain = new TrieRouter<string>();
    plain.add('ALL', '/api/*', 'api layer');
    plain.add('GET', '/api/v1/apps/:id', 'app');
    plain.add('POST', '/api/v1/apps/:id', 'save');
    for (const [method, path] of [
      ['GET', '/api/v1/apps/7'],
      ['POST', '/api/v1/apps/7'],
      ['GET', '/api/v1/apps/8'],
      ['GET', '/nothing'],
    ]) {
      expect(router.match(method as string, path as string)).toEqual(plain.match(method as string, path as string));
      expect(router.match(method as string, path as string)).toEqual(plain.match(method as string, path as string));
    }
    expect(inner.calls()).toBe(4);
  });

  it('forgets what it matched when a route is added, and past its size starts over', () => {
    const inner = routes();
    const router = cachedRouter(inner);
    router.add('GET', '/a/:slug', 'page');
    expect(router.match('GET', '/a/x')[0].map(([h]) => h)).toEqual(['page']);
    router.add('GET', '/a/*', 'assets');
    expect(router.match('GET', '/a/x')[0].map(([h]) => h)).toEqual(['page', 'assets']);
    for (let i = 0; i < 1500; i++) router.match('GET', `/a/${i}`);
    const before = inner.calls();
    router.match('GET', '/a/1499');
    router.match('GET', '/a/3');
    expect(inner.calls() - before).toBe(1);
  });

  it('matches very long paths every time instead of remembering them', () => {
    const inner = routes();
    const router = cachedRouter(inner);
    router.add('GET', '/a/:slug', 'page');
    const long = `/a/${'x'.repeat(300)}`;
    router.match('GET', long);
    router.match('GET', long);
    expect(inner.calls()).toBe(2);
  });
});
