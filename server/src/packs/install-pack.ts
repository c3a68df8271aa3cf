import { createHash } from 'node:crypto';
import { PACK_MANIFEST_FILE } from '@sprout/shared/catalog/pack';
import type { Locale } from '@sprout/shared/i18n';
import type { Issue } from '@sprout/shared/result';
import { validatePackManifest } from '@sprout/shared/validate-definition';
import type { PackRecord, PackStore } from '../storage/pack-types.ts';
import { readPackArchive } from './read-pack-archive.ts';

export interface InstallPackInput {
  bytes: Uint8Array;
  uploader: { id: number; orgId: number };
  now: string;
  locale: Locale;
}

export type InstallOutcome =
  | { kind: 'installed'; pack: PackRecord }
  | { kind: 'refused'; issues: Issue[] }
  | { kind: 'exists'; name: string; version: string };

/**
 * Installs an uploaded `.tgz`: reads it in memory with its limits, validates the manifest
 * against the archive's files and the types other packs already provide, and stores it
 * under the sha-256 of the bytes as uploaded. Runs nothing from the pack.
 */
export async function installPack(packs: PackStore, input: InstallPackInput): Promise<InstallOutcome> {
  const archive = await readPackArchive(input.bytes, input.locale);
  if (!archive.ok) return { kind: 'refused', issues: archive.issues };
  const manifestFile = archive.files.find((f) => f.path === PACK_MANIFEST_FILE);
  const en = input.locale === 'en';
  if (!manifestFile)
    return refused(
      PACK_MANIFEST_FILE,
      en ? 'No sprout-pack.json at the archive’s root' : '压缩包根目录缺少 sprout-pack.json',
    );
  let doc: unknown;
  try {
    doc = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(manifestFile.bytes));
  } catch (e) {
    const why = (e as Error).message;
    return refused(PACK_MANIFEST_FILE, en ? `Not valid JSON: ${why}` : `不是有效的 JSON：${why}`);
  }
  const checked = validatePackManifest(doc, {
    locale: input.locale,
    files: new Set(archive.files.map((f) => f.path)),
    takenTypes: await typesOfOtherPacks(packs),
  });
  if (!checked.ok) return { kind: 'refused', issues: checked.issues };
  const manifest = checked.value;
  const inserted = await packs.insert(
    {
      name: manifest.name,
      version: manifest.version,
      sha256: createHash('sha256').update(input.bytes).digest('hex'),
      manifest,
      uploadedBy: input.uploader.id,
      uploaderOrgId: input.uploader.orgId,
      uploadedAt: input.now,
    },
    archive.files,
  );
  return inserted === 'exists'
    ? { kind: 'exists', name: manifest.name, version: manifest.version }
    : { kind: 'installed', pack: inserted };
}

const refused = (path: string, message: string): InstallOutcome => ({ kind: 'refused', issues: [{ path, message }] });

/** Every component type installed packs provide, with its pack; a new version of the same pack may keep its types. */
async function typesOfOtherPacks(packs: PackStore): Promise<Map<string, string>> {
  const taken = new Map<string, string>();
  for (const pack of await packs.list()) {
    for (const component of pack.manifest.components) taken.set(component.type, pack.name);
  }
  return taken;
}
