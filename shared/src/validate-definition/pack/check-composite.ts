import { coreCatalog } from '../../catalog/catalog.ts';
import type { PackComposite, ValueShape } from '../../catalog/pack/manifest.ts';
import { DEFAULT_SETTINGS } from '../../definition/defaults.ts';
import { CURRENT_SCHEMA_VERSION } from '../../definition/schema-version.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { Issue } from '../../result.ts';
import { checkSemantics } from '../check-semantics.ts';

/**
 * Checks a composite's core nodes exactly as a definition's nodes are checked (core types
 * only: a composite never nests another pack), with paths under `base`.
 */
export function checkCompositeNodes(composite: PackComposite, base: string, locale: Locale): Issue[] {
  const asApp = {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    meta: { title: 'composite' },
    pages: [{ id: 'composite', nodes: composite.nodes }],
    settings: DEFAULT_SETTINGS,
  };
  return checkSemantics(asApp, coreCatalog, locale).map((issue) => ({
    ...issue,
    path: issue.path.replace(/^pages\[0\]\.nodes/, `${base}.nodes`),
  }));
}

/** The names of a composite's top-level inputs, which must be its value's properties. */
export function compositeValueNames(composite: PackComposite): string[] {
  return composite.nodes.flatMap((n) => (n.name && coreCatalog.get(n.type)?.role === 'input' ? [n.name] : []));
}

export function shapeMatchesNames(shape: ValueShape, names: readonly string[]): boolean {
  if (shape.type !== 'object') return false;
  const keys = Object.keys(shape.properties).sort();
  return JSON.stringify(keys) === JSON.stringify([...names].sort());
}
