import { type AppDefinition, type AppNode, type Catalog, coreCatalog, localize, withDefaults } from '@sprout/shared';
import { freshId } from './tree.ts';
import { suggestName, takenNames } from './names.ts';

/** A new node of a catalog type with its default props, a fresh id and, for inputs, a free data key. */
export function createNode(def: AppDefinition, type: string, catalog: Catalog = coreCatalog): AppNode {
  const manifest = catalog.get(type);
  if (!manifest) throw new Error(`Unknown component type "${type}": add it to the catalog first`);
  const props = withDefaults(manifest.props);
  if ('label' in manifest.props && !props.label) props.label = localize(manifest.label);
  if (manifest.type === 'section' && !props.title) props.title = localize(manifest.label);
  // A pack type is namespaced (`acme.plateNumber`); ids and data keys take its last part.
  const base = type.slice(type.lastIndexOf('.') + 1);
  const node: AppNode = { id: freshId(def, base), type, props };
  if (manifest.role === 'container') node.children = [];
  if (manifest.role === 'input' || manifest.repeats) node.name = suggestName(base, takenNames(def));
  return node;
}
