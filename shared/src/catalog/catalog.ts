import { CORE_MANIFESTS } from './core/index.ts';
import type { ComponentManifest } from './types.ts';

/** The set of components a definition may use: the core plus any vendor packages. */
export interface Catalog {
  get(type: string): ComponentManifest | undefined;
  all(): readonly ComponentManifest[];
}

/**
 * Builds a catalog; a vendor manifest may not reuse a core type name.
 * @example const catalog = createCatalog([...CORE_MANIFESTS, myVendorSlider]);
 */
export function createCatalog(manifests: readonly ComponentManifest[]): Catalog {
  const byType = new Map<string, ComponentManifest>();
  for (const m of manifests) {
    if (byType.has(m.type))
      throw new Error(`Component type "${m.type}" is registered twice; give it another type name`);
    byType.set(m.type, m);
  }
  const list = [...byType.values()];
  return { get: (type) => byType.get(type), all: () => list };
}

export const coreCatalog: Catalog = createCatalog(CORE_MANIFESTS);
