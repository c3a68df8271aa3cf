import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every bare package a module reaches through its relative imports. */
function reachablePackages(entry: string): Set<string> {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm)) {
      const spec = m[1] as string;
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec));
      else packages.add(spec);
    }
  };
  visit(entry);
  return packages;
}

const src = (p: string) => resolve(import.meta.dirname, p);

describe("the resident page's entry points stay lean", () => {
  it.each([
    ['@sprout/shared', 'index.ts'],
    ['@sprout/shared/submission', 'submission/index.ts'],
    ['@sprout/shared/expr', 'expr/index.ts'],
    ['@sprout/shared/catalog', 'catalog/index.ts'],
    ['@sprout/shared/definition', 'definition/index.ts'],
  ])('%s reaches jsep but never zod', (_name, file) => {
    const packages = reachablePackages(src(file));
    expect(packages.has('zod')).toBe(false);
    expect([...packages].every((p) => p === 'jsep')).toBe(true);
  });

  it('the definition validator is where zod comes in', () => {
    expect(reachablePackages(src('validate-definition/index.ts')).has('zod')).toBe(true);
  });
});
