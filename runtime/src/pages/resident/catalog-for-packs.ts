import { type Catalog, coreCatalog } from '@sprout/shared/catalog';
import { packId, type RuntimePack } from '@sprout/shared/catalog/pack';
import type { PackWidgetRef } from '../../packs/pack-widget-ref.ts';

/**
 * The catalog a published version is filled with: the core plus the manifests of the packs
 * it pins. An app without packs never loads the pack code (the import is dynamic).
 */
export async function catalogForPacks(packs: readonly RuntimePack[]): Promise<Catalog> {
  if (packs.length === 0) return coreCatalog;
  const { catalogWithPacks } = await import('@sprout/shared/catalog/pack');
  return catalogWithPacks(packs.map((p) => ({ manifest: p, sha256: p.sha256 })));
}

/**
 * What the page needs to load each pack widget: its content-addressed URL, whether it runs
 * in a sandboxed frame, and whether the pack is blocked. A blocked composite is listed too,
 * so it shows the same safe placeholder instead of its parts.
 */
export function packWidgetRefs(packs: readonly RuntimePack[]): Map<string, PackWidgetRef> {
  const refs = new Map<string, PackWidgetRef>();
  for (const pack of packs) {
    for (const component of pack.components) {
      if (!component.widget && !pack.blocked) continue;
      refs.set(component.type, {
        type: component.type,
        title: component.title,
        pack: packId(pack),
        url: component.widgetUrl,
        isolated: !pack.trusted,
        blocked: pack.blocked,
      });
    }
  }
  return refs;
}
