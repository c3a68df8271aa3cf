import { access } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Result } from '@sprout/shared';
import { PACK_MANIFEST_FILE, type PackManifest } from '@sprout/shared/catalog/pack';
import type { Locale } from '@sprout/shared/i18n';
import { validatePackManifest } from '@sprout/shared/validate-definition';
import { readTgz } from '../archive/read-tgz.ts';
import { builtWidgetPath } from '../build/build-pack.ts';
import { readSourceManifest } from '../build/read-source-manifest.ts';

/**
 * `sprout-pack validate`: runs shared's manifest validator, the one the server runs at
 * install. Given a `.tgz`, it checks the archive as built and as the server reads it
 * (members refused with their paths; widget modules must be in it);
 * given a folder, the source manifest (widget sources must exist).
 * @example const r = await validatePack('dist/acme-plate-number-1.2.0.tgz'); if (!r.ok) console.table(r.issues);
 */
export async function validatePack(target: string, locale: Locale = 'zh-CN'): Promise<Result<PackManifest>> {
  if (target.endsWith('.tgz')) return validateArchive(target, locale);
  const dir = resolve(target);
  const source = await readSourceManifest(dir);
  if (!source.ok) return source;
  // The source names widget sources (`src/Plate.tsx`); check it as the build will write it.
  const manifest = structuredClone(source.value);
  const files = new Set<string>();
  for (const component of manifest.components) {
    if (typeof component.widget !== 'string') continue;
    const present = await exists(join(dir, component.widget));
    component.widget = builtWidgetPath(component.type);
    if (present) files.add(component.widget);
  }
  return validatePackManifest(manifest, { locale, files });
}

async function validateArchive(file: string, locale: Locale): Promise<Result<PackManifest>> {
  const { files, issues } = await readTgz(file, locale);
  if (issues.length > 0) return { ok: false, issues };
  const manifest = files.get(PACK_MANIFEST_FILE);
  const en = locale === 'en';
  if (!manifest) {
    const message = en
      ? `${file} has no ${PACK_MANIFEST_FILE} at its root`
      : `${file} 的根目录缺少 ${PACK_MANIFEST_FILE}`;
    return { ok: false, issues: [{ path: PACK_MANIFEST_FILE, message }] };
  }
  let json: unknown;
  try {
    json = JSON.parse(manifest.toString('utf8'));
  } catch (error) {
    const why = (error as Error).message;
    return {
      ok: false,
      issues: [{ path: PACK_MANIFEST_FILE, message: en ? `Not JSON: ${why}` : `不是有效的 JSON：${why}` }],
    };
  }
  return validatePackManifest(json, { locale, files: new Set(files.keys()) });
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
