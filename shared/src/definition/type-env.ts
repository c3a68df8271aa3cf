import type { Catalog } from '../catalog/catalog.ts';
import type { TypeEnv } from '../expr/analyze.ts';
import { type ExprType, T } from '../expr/expr-type.ts';
import type { AppDefinition, AppNode } from './types.ts';

/** The type a formula sees for a node's value; a repeat group is a list of its rows. */
export function nodeExprType(node: AppNode, catalog: Catalog): ExprType | undefined {
  const manifest = catalog.get(node.type);
  if (!manifest || !node.name) return undefined;
  if (manifest.repeats) return T.list(T.record(fieldTypes(node.children ?? [], catalog)));
  return manifest.role === 'input' ? manifest.exprType : undefined;
}

/** Field names and types at one scope level; sections are transparent, repeats are one field. */
export function fieldTypes(nodes: AppNode[], catalog: Catalog): Record<string, ExprType> {
  const out: Record<string, ExprType> = {};
  for (const node of nodes) {
    const type = nodeExprType(node, catalog);
    if (node.name && type) out[node.name] = type;
    else if (node.children && !catalog.get(node.type)?.repeats) Object.assign(out, fieldTypes(node.children, catalog));
  }
  return out;
}

/** The top-level names of a definition: every field outside repeat rows, then computed values. */
export function topLevelTypes(definition: AppDefinition, catalog: Catalog): Record<string, ExprType> {
  const out: Record<string, ExprType> = {};
  for (const page of definition.pages) Object.assign(out, fieldTypes(page.nodes, catalog));
  for (const c of definition.computed ?? []) if (!Object.hasOwn(out, c.name)) out[c.name] = T.any;
  return out;
}

/** A TypeEnv reading inner scopes first (a repeat row), then outer ones. */
export function chainEnv(...levels: Array<Record<string, ExprType>>): TypeEnv {
  return (name) => {
    for (const level of levels) if (Object.hasOwn(level, name)) return level[name];
    return undefined;
  };
}
