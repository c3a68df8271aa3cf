import { describe, expect, it } from 'vitest';
import { hostShimSource } from './widget-api.ts';

describe('host module shims', () => {
  it('re-export the instance the page installed, by name and as default', async () => {
    const source = hostShimSource('react', ['useState', 'default', 'not-an-identifier', 'version']);
    const page = { useState: () => 'state', version: '19' };
    (globalThis as Record<string, unknown>).__sproutHostModules = { react: page };
    const shim = await import(`data:text/javascript,${encodeURIComponent(source)}`);
    expect(shim.useState).toBe(page.useState);
    expect(shim.version).toBe('19');
    expect(shim.default).toBe(page);
    expect(source).not.toContain('not-an-identifier');
  });
});
