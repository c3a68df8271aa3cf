import type { Catalog } from '../catalog/catalog.ts';
import type { AppDefinition } from '../definition/types.ts';
import { walkNodes } from '../definition/walk-nodes.ts';
import type { LocalizedText } from '../i18n/locale.ts';
import { kindOf, optionsOf } from './field-kind.ts';
import { packStatsFields } from './pack-stats-fields.ts';
import type { StatsField } from './types.ts';

/**
 * The top-level fields of a definition that statistics summarise: choices (single,
 * multiple, switches), numbers (ratings too) and dates; free text is never counted. A pack
 * field is summarised as its manifest's value shape says (see `packStatsFields`).
 * @example statsFields(def, coreCatalog).filter((f) => f.kind === 'number')
 */
export function statsFields(definition: AppDefinition, catalog: Catalog): StatsField[] {
  const out: StatsField[] = [];
  walkNodes(definition, ({ node, repeatScope }) => {
    const manifest = catalog.get(node.type);
    if (!node.name || repeatScope.length > 0 || manifest?.role !== 'input') return;
    const label = (node.props?.label as LocalizedText | undefined) ?? node.name;
    const level = node.level ?? manifest.defaultLevel;
    const component = manifest.pack?.component;
    if (component) {
      out.push(...packStatsFields({ name: node.name, label, level }, component));
      return;
    }
    const options = optionsOf(node.props);
    const kind = kindOf(manifest.valueKind, options !== undefined);
    if (!kind) return;
    out.push({
      name: node.name,
      label,
      kind,
      level,
      ...(options ? { options } : {}),
    });
  });
  return out;
}
