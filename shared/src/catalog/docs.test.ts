import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CORE_MANIFESTS } from './core/index.ts';

describe('docs/definition-format.md', () => {
  const doc = readFileSync(new URL('../../../docs/definition-format.md', import.meta.url), 'utf8');
  it.each(CORE_MANIFESTS.map((m) => [m.type, m] as const))('lists %s with all of its props', (type, m) => {
    const row = doc.split('\n').find((line) => new RegExp(`^\\|\\s*\`${type}\`\\s*\\|`).test(line));
    expect(row).toBeDefined();
    for (const prop of Object.keys(m.props)) expect(row).toContain(`\`${prop}\``);
  });
});
