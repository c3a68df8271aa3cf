import type { Catalog } from '@sprout/shared/catalog';
import type { AppDefinition, AppNode } from '@sprout/shared/definition';

/**
 * The form's starting values: the given answers, plus the empty rows a repeat group
 * needs to reach its minimum, so a resident sees the first row without pressing "add".
 */
export function initialFormValues(
  definition: AppDefinition,
  catalog: Catalog,
  given: Record<string, unknown> = {},
): Record<string, unknown> {
  const out: Record<string, unknown> = structuredClone(given);
  const visit = (nodes: readonly AppNode[]) => {
    for (const node of nodes) {
      const manifest = catalog.get(node.type);
      if (manifest?.repeats && node.name) {
        const min = Math.max(Number(node.props?.minRows) || 0, node.required ? 1 : 0);
        if (!Array.isArray(out[node.name])) out[node.name] = Array.from({ length: min }, () => ({}));
      } else if (node.children) visit(node.children);
    }
  };
  for (const page of definition.pages) visit(page.nodes);
  return out;
}
