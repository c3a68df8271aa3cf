import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FUNCTIONS } from './functions.ts';

describe('docs/expressions.md', () => {
  const doc = readFileSync(new URL('../../../docs/expressions.md', import.meta.url), 'utf8');
  it.each(Object.entries(FUNCTIONS))('documents %s with its example', (name, spec) => {
    expect(doc).toMatch(new RegExp(`\\|\\s*\`${name}\\(`));
    expect(doc).toContain(spec.example);
  });
});
