import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { KIT_VERSION } from './kit-version.ts';

it('KIT_VERSION is the version in package.json', () => {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  expect(KIT_VERSION).toBe(pkg.version);
});
