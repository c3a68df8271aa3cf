import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Issue, Result } from '@sprout/shared';
import { PACK_MANIFEST_FILE, type PackManifest } from '@sprout/shared/catalog/pack';
import { validatePackManifest } from '@sprout/shared/validate-definition';
import type { HostModule } from '@sprout/shared/widget-api';
import { type ArchiveEntry, writeTgz } from '../archive/write-tgz.ts';
import { compileWidget } from './compile-widget.ts';
import { hostVersions } from './host-versions.ts';
import { readSourceManifest } from './read-source-manifest.ts';

export interface BuildPackOptions {
  /** The pack's folder, holding `sprout-pack.json` whose `widget` entries name source files. */
  dir: string;
  /** Where the `.tgz` goes; default `<dir>/dist`. */
  outDir?: string;
}

export interface BuiltPack {
  /** The archive written. */
  file: string;
  /** The manifest inside it: widget paths point at the built modules, `host` records versions. */
  manifest: PackManifest;
  /** Built widget modules by archive path, for the test kit. */
  widgets: Record<string, string>;
}

/** The archive path of a component's built widget: one module per component type. */
export function builtWidgetPath(type: string): string {
  return `widgets/${type}.js`;
}

/**
 * `sprout-pack build`: compiles each component's widget source into one ES module, records
 * the host versions, and writes `<name>-<version>.tgz` with the manifest at its root.
 * @example const r = await buildPack({ dir: 'examples/packs/plate-number' }); if (r.ok) console.log(r.value.file);
 */
export async function buildPack(options: BuildPackOptions): Promise<Result<BuiltPack>> {
  const dir = resolve(options.dir);
  const source = await readSourceManifest(dir);
  if (!source.ok) return source;
  const manifest = structuredClone(source.value);
  const widgets: Record<string, string> = {};
  const used = new Set<HostModule>();
  const issues: Issue[] = [];
  for (const [i, component] of manifest.components.entries()) {
    if (!component.widget) continue;
    const compiled = await compileWidget(join(dir, component.widget), `components[${i}].widget`);
    if (!compiled.ok) {
      issues.push(...compiled.issues);
      continue;
    }
    component.widget = builtWidgetPath(component.type);
    widgets[component.widget] = compiled.value.code;
    for (const m of compiled.value.hostModules) used.add(m);
  }
  const host = hostVersions(dir, [...used]);
  if (!host.ok) issues.push(...host.issues);
  if (issues.length || !host.ok) return { ok: false, issues };
  manifest.host = host.value;
  // The server runs this same validator at install: refuse here what it would refuse there.
  const files = new Set([PACK_MANIFEST_FILE, ...Object.keys(widgets)]);
  const checked = validatePackManifest(manifest, { files });
  if (!checked.ok) return checked;
  const outDir = resolve(options.outDir ?? join(dir, 'dist'));
  await mkdir(outDir, { recursive: true });
  const file = join(outDir, archiveName(manifest));
  const entries: ArchiveEntry[] = [
    { name: PACK_MANIFEST_FILE, content: `${JSON.stringify(manifest, null, 2)}\n` },
    ...Object.entries(widgets).map(([name, content]) => ({ name, content })),
  ];
  await writeTgz(file, entries);
  return { ok: true, value: { file, manifest, widgets } };
}

/** `@acme/plate-number` 1.2.0 → `acme-plate-number-1.2.0.tgz`, as npm names packed scoped packages. */
export function archiveName(manifest: Pick<PackManifest, 'name' | 'version'>): string {
  return `${manifest.name.replace(/^@/, '').replace('/', '-')}-${manifest.version}.tgz`;
}
