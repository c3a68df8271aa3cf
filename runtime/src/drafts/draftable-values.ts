import type { Catalog } from '@sprout/shared/catalog';
import type { AppDefinition, AppNode } from '@sprout/shared/definition';
import { namedNodes } from '../logic/field-index.ts';

type Values = Record<string, unknown>;

function isSensitive(node: AppNode, catalog: Catalog): boolean {
  return (node.level ?? catalog.get(node.type)?.defaultLevel) === 'L4';
}

function strip(nodes: Map<string, AppNode>, values: Values, catalog: Catalog): Values {
  const out: Values = {};
  for (const [name, value] of Object.entries(values)) {
    const node = nodes.get(name);
    if (node && isSensitive(node, catalog)) continue;
    if (node?.children && Array.isArray(value)) {
      const inner = namedNodes(node.children, catalog);
      out[name] = value.map((row) => (row && typeof row === 'object' ? strip(inner, row as Values, catalog) : row));
    } else out[name] = value;
  }
  return out;
}

/**
 * The answers a draft may keep: everything but fields classified L4 (sensitive personal
 * information such as the ID number), which are never written to the browser's storage.
 * @example draftableValues(healthCode, catalog, { name: '张三', idNumber: '…' }) // { name: '张三' }
 */
export function draftableValues(definition: AppDefinition, catalog: Catalog, values: Values): Values {
  const top = new Map<string, AppNode>();
  for (const page of definition.pages) namedNodes(page.nodes, catalog, top);
  return strip(top, values, catalog);
}
