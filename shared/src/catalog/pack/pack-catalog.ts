import { type Catalog, createCatalog } from '../catalog.ts';
import { CORE_MANIFESTS } from '../core/index.ts';
import { manifestOfPackComponent } from './component-manifest.ts';
import type { PackManifest } from './manifest.ts';

/** A pack as a catalog is built from it: its manifest, and its archive hash when known. */
export interface CatalogPack {
  manifest: Pick<PackManifest, 'name' | 'version' | 'components'>;
  sha256?: string;
}

/**
 * The catalog of an org or of a published version: the core components plus every
 * component of the given packs. Throws if two packs claim one type (installs refuse that
 * earlier, with the path of the clash).
 * @example const catalog = catalogWithPacks([{ manifest: bankAccountPack }]); catalog.get('demo.bankAccount')
 */
export function catalogWithPacks(packs: readonly CatalogPack[]): Catalog {
  const manifests = packs.flatMap(({ manifest, sha256 }) =>
    manifest.components.map((c) =>
      manifestOfPackComponent({ name: manifest.name, version: manifest.version, sha256 }, c),
    ),
  );
  return createCatalog([...CORE_MANIFESTS, ...manifests]);
}
