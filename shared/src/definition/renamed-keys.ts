import type { AppDefinition } from './types.ts';
import { walkNodes } from './walk-nodes.ts';

/** A question whose data key differs from the one a published version stored answers under. */
export interface RenamedKey {
  /** Where the question is in the draft, e.g. `pages[0].nodes[2].name`. */
  path: string;
  name: string;
  /** The key the published version used. */
  published: string;
}

/**
 * Questions (matched by their stable node id) whose key differs from the one the newest
 * published version holding them used: residents' answers are stored under that key, so
 * publishing such a draft would orphan them. Removing a question is not a rename; adding
 * one is not either. `published` is newest first.
 * @example renamedKeys([v1], draft) // [{ path: 'pages[0].nodes[0].name', name: 'tel', published: 'phone' }]
 */
export function renamedKeys(published: readonly AppDefinition[], draft: AppDefinition): RenamedKey[] {
  const keyOf = new Map<string, string>();
  for (const def of published) {
    walkNodes(def, ({ node }) => {
      if (node.name && !keyOf.has(node.id)) keyOf.set(node.id, node.name);
    });
  }
  const out: RenamedKey[] = [];
  walkNodes(draft, ({ node, path }) => {
    const was = keyOf.get(node.id);
    if (was !== undefined && node.name !== undefined && node.name !== was)
      out.push({ path: `${path}.name`, name: node.name, published: was });
  });
  return out;
}
