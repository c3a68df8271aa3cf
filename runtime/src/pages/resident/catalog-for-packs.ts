import { type Catalog, coreCatalog } from '@sprout/shared/catalog';
import type { RuntimePack } from '@sprout/shared/catalog/pack';

/**
 * The catalog a published version is filled with: the core plus the manifests of the packs
 * it pins. An app without packs never loads the pack code (the import is dynamic).
 */
export async function catalogForPacks(packs: readonly RuntimePack[]): Promise<Catalog> {
  if (packs.length === 0) return coreCatalog;
  const { catalogWithPacks } = await import('@sprout/shared/catalog/pack');
  return catalogWithPacks(packs.map((p) => ({ manifest: p, sha256: p.sha256 })));
}
