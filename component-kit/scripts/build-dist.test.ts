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

  // Runs after the install above (vitest keeps a file's tests in order).
  it('gives a vendor writing TypeScript the types of all three entries, and they catch a wrong use', () => {
    // playwright-core is the test kit's optional peer: its types are what `RenderedWidget.page` is.
    const peer = run('npm', ['install', 'playwright-core@^1.65.1', '--no-audit', '--no-fund', '--loglevel=error']);
    expect(peer.status, peer.stderr).toBe(0);
    writeFileSync(join(project, 'vendor.ts'), VENDOR_TS);
    writeFileSync(join(project, 'wrong.ts'), WRONG_TS);
    // The main and widget entries are checked with the library checks on: their .d.ts themselves
    // must be sound. The test kit names playwright's types, which want @types/node and zod, so
    // the project that uses all three skips library checks, as `tsc --init` sets up.
    const tsc = (file: string, skipLibCheck: boolean) => {
      const config = `tsconfig.${file}.json`;
      writeFileSync(
        join(project, config),
        JSON.stringify({
          compilerOptions: { ...VENDOR_TSCONFIG, skipLibCheck },
          files: [file],
        }),
      );
      return run(TSC, ['-p', config]);
    };
    writeFileSync(join(project, 'widget-only.ts'), WIDGET_ONLY_TS);
    const widgetOnly = tsc('widget-only.ts', false);
    expect(widgetOnly.stdout + widgetOnly.stderr).toBe('');
    expect(widgetOnly.status).toBe(0);
    const vendor = tsc('vendor.ts', true);
    expect(vendor.stdout + vendor.stderr).toBe('');
    expect(vendor.status).toBe(0);

    const wrong = tsc('wrong.ts', true);
    expect(wrong.status).not.toBe(0);
    // One error for each wrong use, on its line, and none elsewhere.
    const errors = wrong.stdout.split('\n').filter((l) => l.includes('error TS'));
    expect(errors.map((l) => l.replace(/,\d+\).*/, ')'))).toEqual(['wrong.ts(6)', 'wrong.ts(8)', 'wrong.ts(10)']);
  }, 300_000);
});

/** The workspace's compiler: it reads types only from the project it is pointed at. */
const TSC = join(KIT, 'node_modules/.bin/tsc');

const VENDOR_TSCONFIG = {
  strict: true,
  target: 'es2022',
  module: 'nodenext',
  moduleResolution: 'nodenext',
  noEmit: true,
  types: [],
};

const WIDGET_ONLY_TS = `import { archiveName, type PackManifest, type Result, validatePack } from '@sprout/component-kit';
import { type WidgetProps, widgetText } from '@sprout/component-kit/widget';

export function caption({ locale, onChange, value }: WidgetProps<string>): string {
  onChange(value?.toUpperCase());
  return widgetText(locale, { 'zh-CN': '车牌号', en: 'Plate number' });
}

export async function archiveOf(dir: string): Promise<string | undefined> {
  const checked: Result<PackManifest> = await validatePack(dir, 'en');
  return checked.ok ? archiveName(checked.value) : checked.issues[0]?.path;
}
`;

const VENDOR_TS = `import { buildPack, type PackManifest, validatePack } from '@sprout/component-kit';
import { checkSampleValues, type RenderedWidget, type SampleReport } from '@sprout/component-kit/test-kit';
import { WIDGET_API_VERSION, type WidgetProps } from '@sprout/component-kit/widget';

export async function samples(dir: string): Promise<SampleReport | undefined> {
  const checked = await validatePack(dir);
  if (!checked.ok) return undefined;
  const manifest: PackManifest = checked.value;
  const type: string = manifest.components[0]?.type ?? '';
  return checkSampleValues(manifest, type, { valid: ['浙A12345'], invalid: ['浙A1234'] });
}

export async function widgets(dir: string): Promise<string[]> {
  const built = await buildPack({ dir });
  return built.ok ? Object.keys(built.value.widgets) : [];
}

export async function byKeyboard(widget: RenderedWidget): Promise<number> {
  await widget.page.keyboard.press('Tab');
  const events = await widget.events();
  return events.filter((e) => e.kind === 'change').length + (await widget.axe()).length;
}

export const api: string = WIDGET_API_VERSION;
export type PlateProps = WidgetProps<string>;
`;

const WRONG_TS = `import { validatePack } from '@sprout/component-kit';
import { checkSampleValues } from '@sprout/component-kit/test-kit';
import type { WidgetProps } from '@sprout/component-kit/widget';

// a folder is a string
void validatePack(42);
// samples are lists
checkSampleValues({} as never, 'acme.plateNumber', { valid: '浙A12345', invalid: [] });
// a text widget reports text
export const report = (props: WidgetProps<string>) => props.onChange(7);
`;
