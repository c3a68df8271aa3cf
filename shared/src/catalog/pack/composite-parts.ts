import type { AppNode } from '../../definition/types.ts';
import { isEmpty, isPlainRecord } from '../../expr/values.ts';
import { coreCatalog } from '../catalog.ts';
import type { FieldProblem } from '../types.ts';

/** The input nodes of a composite, whose names are the keys of its value. */
export function compositeInputs(nodes: readonly AppNode[]): AppNode[] {
  return nodes.filter((n) => n.name !== undefined && coreCatalog.get(n.type)?.role === 'input');
}

/** Normalizes each part of a composite's value as its core component would. */
export function normalizeCompositeValue(value: unknown, nodes: readonly AppNode[]): unknown {
  if (!isPlainRecord(value)) return value;
  const out: Record<string, unknown> = { ...value };
  for (const node of compositeInputs(nodes)) {
    const name = node.name as string;
    const normalize = coreCatalog.get(node.type)?.normalize;
    if (normalize && Object.hasOwn(out, name)) out[name] = normalize(out[name], node.props ?? {});
  }
  return out;
}

/**
 * Checks each part of a composite with its core component's rules (a bank outside the
 * select's options is refused the same way a core select refuses it).
 */
export function checkCompositeParts(value: unknown, nodes: readonly AppNode[]): FieldProblem | null {
  if (!isPlainRecord(value)) return { code: 'pack.shape' };
  for (const node of compositeInputs(nodes)) {
    const name = node.name as string;
    const part = value[name];
    if (isEmpty(part)) {
      if (node.required) return { code: 'required', params: { at: name } };
      continue;
    }
    const problem = coreCatalog.get(node.type)?.validate?.(part, node.props ?? {});
    if (problem) return { ...problem, params: { ...problem.params, at: name } };
  }
  return null;
}
