import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTgz } from '../archive/read-tgz.ts';
import { validatePack } from '../validate/validate-pack.ts';
import { buildPack } from './build-pack.ts';

const PLATE = resolve(import.meta.dirname, '../../../examples/packs/plate-number');

/** A one-component pack in a temporary folder whose widget source is `source`. */
function packWith(source: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'sprout-pack-'));
  const manifest = JSON.parse(readFileSync(join(PLATE, 'sprout-pack.json'), 'utf8'));
  manifest.components[0].widget = 'src/Widget.tsx';
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, 'sprout-pack.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'src/Widget.tsx'), source);
  return dir;
}

describe('buildPack', () => {
  it('builds the plate-number example into an archive the server-side validator accepts', async () => {
    const out = mkdtempSync(join(tmpdir(), 'sprout-out-'));
    const built = await buildPack({ dir: PLATE, outDir: out });
    if (!built.ok) throw new Error(JSON.stringify(built.issues));
    expect(built.value.file).toBe(join(out, 'sprout-examples-plate-number-1.2.0.tgz'));
    const { files, issues } = await readTgz(built.value.file);
    expect(issues).toEqual([]);
    expect([...files.keys()].sort()).toEqual(['sprout-pack.json', 'widgets/examples.plateNumber.js']);
    const manifest = JSON.parse(files.get('sprout-pack.json')!.toString('utf8'));
    expect(manifest.components[0].widget).toBe('widgets/examples.plateNumber.js');
    expect(manifest.host).toMatchObject({ widgetApi: '1.0.0', react: expect.stringMatching(/^19\./) });
    const code = files.get('widgets/examples.plateNumber.js')!.toString('utf8');
    expect(code).toContain('from"/r/host/react.js"');
    expect(code).toContain('from"/r/host/react-jsx-runtime.js"');
    expect(code).not.toMatch(/from"react"/);
    expect((await validatePack(built.value.file)).ok).toBe(true);
  });

  it('writes the same bytes twice, so the content hash names the pack', async () => {
    const a = await buildPack({ dir: PLATE, outDir: mkdtempSync(join(tmpdir(), 'sprout-a-')) });
    const b = await buildPack({ dir: PLATE, outDir: mkdtempSync(join(tmpdir(), 'sprout-b-')) });
    if (!a.ok || !b.ok) throw new Error('build failed');
    expect(readFileSync(a.value.file).equals(readFileSync(b.value.file))).toBe(true);
  });

  it('refuses a bare import that is not a host module, naming the import and the component', async () => {
    const dir = packWith("import pad from 'left-pad';\nexport default function W() { return pad('x', 3); }\n");
    const built = await buildPack({ dir });
    expect(built.ok).toBe(false);
    if (built.ok) return;
    expect(built.issues[0]?.path).toBe('components[0].widget');
    expect(built.issues[0]?.message).toMatch(/"left-pad" is not a host module.*react, react\/jsx-runtime, react-dom/);
  });

  it('refuses Node modules in a widget', async () => {
    const dir = packWith(
      "import { readFileSync } from 'node:fs';\nexport default function W() { return String(readFileSync); }\n",
    );
    const built = await buildPack({ dir });
    expect(built.ok === false && built.issues[0]?.message).toMatch(/"node:fs" is a Node\.js module/);
  });

  it('refuses a pack whose manifest the server would refuse, with the path', async () => {
    const dir = packWith('export default function W() { return null; }\n');
    const manifest = JSON.parse(readFileSync(join(dir, 'sprout-pack.json'), 'utf8'));
    manifest.components[0].type = 'plateNumber';
    writeFileSync(join(dir, 'sprout-pack.json'), JSON.stringify(manifest));
    const built = await buildPack({ dir });
    expect(built.ok === false && built.issues.map((i) => i.path)).toContain('components[0].type');
  });
});
