import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const KIT = resolve(import.meta.dirname, '..');
const BANK = resolve(KIT, '../examples/packs/bank-account');
const project = mkdtempSync(join(tmpdir(), 'sprout-kit-standalone-'));
afterAll(() => rmSync(project, { recursive: true, force: true }));

const run = (cmd: string, args: string[], cwd = project) =>
  spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: 240_000 });

// A vendor's machine: a project outside this workspace that installs the kit's `npm pack`
// from the registry's point of view (its one dependency, esbuild, comes from npm).
describe('the kit published standalone', () => {
  it('packs without workspace dependencies, installs outside the workspace, and its CLI and test kit run', () => {
    execFileSync('node', ['scripts/build-dist.mjs'], { cwd: KIT, stdio: 'pipe' });
    const packed = run('npm', ['pack', join(KIT, 'dist'), '--pack-destination', project]);
    expect(packed.status, packed.stderr).toBe(0);
    const tgz = readdirSync(project).find((f) => f.endsWith('.tgz')) as string;
    writeFileSync(
      join(project, 'package.json'),
      JSON.stringify({ name: 'vendor-pack', private: true, type: 'module' }),
    );
    const installed = run('npm', ['install', `./${tgz}`, '--no-audit', '--no-fund', '--loglevel=error']);
    expect(installed.status, installed.stderr).toBe(0);
    const manifest = readFileSync(join(project, 'node_modules/@sprout/component-kit/package.json'), 'utf8');
    expect(manifest).not.toContain('workspace:');
    expect(manifest).not.toContain('@sprout/shared');

    cpSync(BANK, join(project, 'pack'), { recursive: true, filter: (p) => !p.endsWith('.ts') });
    const cli = join(project, 'node_modules/.bin/sprout-pack');
    const validated = run(cli, ['validate', 'pack']);
    expect(validated.stdout, validated.stderr).toContain('ok: @sprout-examples/bank-account@1.0.0');
    const built = run(cli, ['build', 'pack']);
    expect(built.status, built.stderr).toBe(0);
    const archive = readdirSync(join(project, 'pack/dist')).find((f) => f.endsWith('.tgz')) as string;
    expect(run(cli, ['validate', `pack/dist/${archive}`]).status).toBe(0);

    // The test kit runs the same shared validation the server runs, bundled in.
    writeFileSync(
      join(project, 'samples.mjs'),
      `import { readFileSync } from 'node:fs';
import { checkSampleValues } from '@sprout/component-kit/test-kit';
import { widgetText } from '@sprout/component-kit/widget';
const manifest = JSON.parse(readFileSync('pack/sprout-pack.json', 'utf8'));
const report = checkSampleValues(manifest, 'examples.bankAccount', {
  valid: [{ bank: '中国银行', account: '6212262201023557228' }],
  invalid: [{ bank: '中国银行', account: '6212262201023557227' }],
});
console.log(JSON.stringify({ ok: report.ok, message: report.messages[0]?.message, text: typeof widgetText }));`,
    );
    const samples = run('node', ['samples.mjs']);
    expect(samples.stderr).toBe('');
    expect(JSON.parse(samples.stdout)).toEqual({
      ok: true,
      message: '银行卡号的校验位不正确，请逐位核对',
      text: 'function',
    });
  }, 300_000);
});
