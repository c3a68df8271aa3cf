import type { AppDefinition, AppNode, BlockRef, ValidationRule } from '@sprout/shared';
import { formulaTokens } from './formula-tokens.ts';
import { suggestName, takenNames } from './names.ts';
import { usedIds } from './tree.ts';

/** A block as the library gives it: its latest (or chosen) version's nodes. */
export interface LibraryBlock {
  id: number;
  version: number;
  name: string;
  nodes: AppNode[];
}

/** Rewrites the data keys a formula reads; quoted text and function names are left alone. */
function renameIn(source: string | undefined, renames: ReadonlyMap<string, string>): string | undefined {
  if (source === undefined || renames.size === 0) return source;
  return formulaTokens(source, new Set(renames.keys()))
    .map((t) => (t.kind === 'field' ? (renames.get(t.name) ?? t.name) : t.text))
    .join('');
}

function collectNames(nodes: readonly AppNode[], out: string[] = []): string[] {
  for (const n of nodes) {
    if (n.name) out.push(n.name);
    if (n.children) collectNames(n.children, out);
  }
  return out;
}

/**
 * The block's nodes as a copy for `def`: one root (a section titled with the block's name when
 * the block is not one already) carrying its provenance, fresh ids everywhere, and data keys
 * that clash with the app's renamed — in the block's own conditions too, so its logic still works.
 */
export function copyBlock(def: AppDefinition, block: LibraryBlock): AppNode {
  const ids = usedIds(def);
  const taken = takenNames(def);
  const renames = new Map<string, string>();
  for (const name of collectNames(block.nodes)) {
    const fresh = suggestName(name, taken);
    taken.add(fresh);
    if (fresh !== name) renames.set(name, fresh);
  }
  const freshId = (base: string) => {
    let n = 1;
    while (ids.has(`${base}_${n}`)) n += 1;
    ids.add(`${base}_${n}`);
    return `${base}_${n}`;
  };
  const copy = (node: AppNode): AppNode => {
    const { block: _old, ...rest } = node;
    const out: AppNode = { ...rest, id: freshId(node.type) };
    if (node.name) out.name = renames.get(node.name) ?? node.name;
    for (const key of ['visibleWhen', 'requiredWhen', 'readOnlyWhen'] as const) {
      if (node[key] !== undefined) out[key] = renameIn(node[key], renames);
    }
    if (node.validations) {
      out.validations = node.validations.map(
        (r): ValidationRule => (r.kind === 'expr' ? { ...r, expr: renameIn(r.expr, renames) ?? r.expr } : r),
      );
    }
    if (node.children) out.children = node.children.map(copy);
    return out;
  };
  const ref: BlockRef = { id: block.id, version: block.version, name: block.name };
  const only = block.nodes.length === 1 ? block.nodes[0] : undefined;
  if (only?.type === 'section') return { ...copy(only), block: ref };
  return {
    id: freshId('section'),
    type: 'section',
    props: { title: block.name },
    children: block.nodes.map(copy),
    block: ref,
  };
}
