import type { Catalog } from '../catalog/catalog.ts';
import type { AppDefinition } from '../definition/types.ts';
import { walkNodes } from '../definition/walk-nodes.ts';
import type { LocalizedText } from '../i18n/locale.ts';
import type { StatsField, StatsFieldKind } from './types.ts';

const KIND_BY_VALUE: Record<string, StatsFieldKind | undefined> = {
  number: 'number',
  date: 'date',
  'string-list': 'choices',
};

function kindOf(valueKind: string, hasOptions: boolean): StatsFieldKind | undefined {
  if (valueKind === 'string' && hasOptions) return 'choice';
  if (valueKind === 'boolean') return 'choice';
  return KIND_BY_VALUE[valueKind];
}

function optionsOf(props: Record<string, unknown> | undefined): StatsField['options'] {
  const raw = props?.options;
  if (!Array.isArray(raw)) return undefined;
  return raw.filter(
    (o): o is { value: string; label: LocalizedText } =>
      !!o && typeof o === 'object' && typeof (o as { value?: unknown }).value === 'string',
  );
}

/**
 * The top-level fields of a definition that statistics summarise: choices (single,
 * multiple, switches), numbers (ratings too) and dates; free text is never counted.
 * @example statsFields(def, coreCatalog).filter((f) => f.kind === 'number')
 */
export function statsFields(definition: AppDefinition, catalog: Catalog): StatsField[] {
  const out: StatsField[] = [];
  walkNodes(definition, ({ node, repeatScope }) => {
    const manifest = catalog.get(node.type);
    if (!node.name || repeatScope.length > 0 || manifest?.role !== 'input') return;
    const options = optionsOf(node.props);
    const kind = kindOf(manifest.valueKind, options !== undefined);
    if (!kind) return;
    out.push({
      name: node.name,
      label: (node.props?.label as LocalizedText | undefined) ?? node.name,
      kind,
      level: node.level ?? manifest.defaultLevel,
      ...(options ? { options } : {}),
    });
  });
  return out;
}
