import type { AppDefinition, AppNode } from './types.ts';

/** Where a node stands: its path in the document and the repeat groups around it. */
export interface NodeVisit {
  node: AppNode;
  /** Document path, e.g. `pages[0].nodes[2].children[1]`. */
  path: string;
  pageIndex: number;
  /** Names of the enclosing repeat groups, outermost first. */
  repeatScope: string[];
}

/**
 * Visits every node depth-first in document order.
 * @example walkNodes(def, (v) => console.log(v.path, v.node.type));
 */
export function walkNodes(definition: AppDefinition, visit: (v: NodeVisit) => void): void {
  definition.pages.forEach((page, pageIndex) => {
    walkList(page.nodes, `pages[${pageIndex}].nodes`, pageIndex, [], visit);
  });
}

function walkList(
  nodes: AppNode[],
  basePath: string,
  pageIndex: number,
  repeatScope: string[],
  visit: (v: NodeVisit) => void,
): void {
  nodes.forEach((node, i) => {
    const path = `${basePath}[${i}]`;
    visit({ node, path, pageIndex, repeatScope });
    if (node.children) {
      const inner = node.type === 'repeat' && node.name ? [...repeatScope, node.name] : repeatScope;
      walkList(node.children, `${path}.children`, pageIndex, inner, visit);
    }
  });
}

/** Finds a node by id, with its visit record. */
export function findNode(definition: AppDefinition, id: string): NodeVisit | undefined {
  let found: NodeVisit | undefined;
  walkNodes(definition, (v) => {
    if (!found && v.node.id === id) found = v;
  });
  return found;
}
