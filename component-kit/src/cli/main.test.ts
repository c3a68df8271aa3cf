import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './main.ts';

const PLATE = resolve(import.meta.dirname, '../../../examples/packs/plate-number');

function capture() {
  const lines: string[] = [];
  return { lines, io: { out: (s: string) => lines.push(s), err: (s: string) => lines.push(s) } };
}

describe('sprout-pack', () => {
  it('validates the example pack folder', async () => {
    const { lines, io } = capture();
    expect(await runCli(['validate', PLATE], io)).toBe(0);
    expect(lines.join('\n')).toContain('ok: @sprout-examples/plate-number@1.2.0');
  });

  it('prints each problem with its path and exits 1', async () => {
    const { lines, io } = capture();
    expect(await runCli(['validate', resolve(PLATE, 'src')], io)).toBe(1);
    expect(lines.join('\n')).toContain('sprout-pack.json');
  });

  it('explains what install needs instead of guessing', async () => {
    const { lines, io } = capture();
    expect(await runCli(['install', 'x.tgz'], io)).toBe(2);
    expect(lines.join('\n')).toMatch(/--server URL, and --user NAME with SPROUT_PASSWORD, or --token/);
    expect(await runCli(['frobnicate'], io)).toBe(2);
  });
});
