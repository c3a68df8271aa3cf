import type { AppDefinition } from './types.ts';
import { walkNodes } from './walk-nodes.ts';

/** Core types that open with a region picker (the address's region part is one too). */
const PICKER_TYPES = new Set(['region', 'address']);

/**
 * The parent code of each region picker's first level, once each: its `root`, or `''`
 * for the provinces. The resident page carries these levels so a picker opens with no round trip.
 * @example regionPickerRoots(def) // ['', '330110']
 */
export function regionPickerRoots(definition: AppDefinition): string[] {
  const roots = new Set<string>();
  walkNodes(definition, ({ node }) => {
    if (!PICKER_TYPES.has(node.type)) return;
    const root = (node.props as Record<string, unknown> | undefined)?.root;
    roots.add(typeof root === 'string' ? root : '');
  });
  return [...roots];
}
