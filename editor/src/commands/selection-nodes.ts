import { type AppDefinition, type AppNode, analyzeExpression, T } from '@sprout/shared';

/** What a multi-selection saves as a block, and the questions its logic reads from outside it. */
export interface SelectionBlock {
  /** The chosen nodes in document order, without where they came from; a node inside a chosen section comes with it once. */
  nodes: AppNode[];
  /** Keys the nodes' conditions and validations read that the selection does not hold. */
  outsideNames: string[];
}

function withoutProvenance(node: AppNode): AppNode {
  const { block: _from, ...rest } = node;
  return rest.children ? { ...rest, children: rest.children.map(withoutProvenance) } : rest;
}

function namesIn(nodes: readonly AppNode[], out = new Set<string>()): Set<string> {
  for (const n of nodes) {
    if (n.name) out.add(n.name);
    if (n.children) namesIn(n.children, out);
  }
  return out;
}

function formulasIn(nodes: readonly AppNode[], out: string[] = []): string[] {
  for (const n of nodes) {
    for (const s of [n.visibleWhen, n.requiredWhen, n.readOnlyWhen]) if (s?.trim()) out.push(s);
    for (const rule of n.validations ?? []) if (rule.kind === 'expr') out.push(rule.expr);
    if (n.children) formulasIn(n.children, out);
  }
  return out;
}

/**
 * The nodes an official picked (shift/ctrl-click on the canvas) as one block: in the order
 * the form shows them, whatever order they were clicked in. The server refuses a block
 * whose logic reads questions it does not hold, so those are named before saving.
 */
export function selectionBlock(def: AppDefinition, ids: readonly string[]): SelectionBlock {
  const chosen = new Set(ids);
  const nodes: AppNode[] = [];
  const pick = (list: readonly AppNode[]) => {
    for (const node of list) {
      if (chosen.has(node.id)) nodes.push(withoutProvenance(node));
      else if (node.children) pick(node.children);
    }
  };
  for (const page of def.pages) pick(page.nodes);
  const own = namesIn(nodes);
  const outside = new Set<string>();
  for (const source of formulasIn(nodes)) {
    for (const name of analyzeExpression(source, () => T.any).names) if (!own.has(name)) outside.add(name);
  }
  return { nodes, outsideNames: [...outside] };
}
