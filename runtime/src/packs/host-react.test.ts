import { readFileSync } from 'node:fs';
import { HOST_REACT_MAJOR } from '@sprout/shared/catalog/pack';
import { describe, expect, it } from 'vitest';

describe('the React major the server checks packs against', () => {
  it('is the one the runtime serves to widgets', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    const range = String(pkg.dependencies.react);
    expect(Number(/(\d+)/.exec(range)?.[1])).toBe(HOST_REACT_MAJOR);
  });
});
