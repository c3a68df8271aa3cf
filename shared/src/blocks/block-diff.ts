import type { AppNode } from '../definition/types.ts';
import { type LocalizedText, localize } from '../i18n/locale.ts';

/** One line of a block upgrade's diff, worded for an official: which question changed and how. */
export interface BlockChange {
  kind: 'added' | 'removed' | 'changed';
  /** The question's label (or its key when it has none). */
  label: string;
  /** For `changed`: what differs, e.g. ['标题', '选项', '显示条件']. */
  aspects?: string[];
}

const ASPECTS: Array<[keyof AppNode | 'label' | 'options', string]> = [
  ['label', '标题'],
  ['options', '选项'],
  ['type', '题型'],
  ['required', '必填'],
  ['visibleWhen', '显示条件'],
  ['requiredWhen', '必填条件'],
  ['readOnlyWhen', '只读条件'],
  ['validations', '校验'],
];

function flatten(nodes: readonly AppNode[], out = new Map<string, AppNode>()): Map<string, AppNode> {
  for (const node of nodes) {
    if (node.name) out.set(node.name, node);
    if (node.children) flatten(node.children, out);
  }
  return out;
}

function labelOf(node: AppNode): string {
  return localize((node.props?.label ?? node.props?.title) as LocalizedText | undefined) || node.name || node.type;
}

function aspectValue(node: AppNode, aspect: string): string {
  if (aspect === 'label' || aspect === 'options') return JSON.stringify(node.props?.[aspect] ?? null);
  return JSON.stringify((node as unknown as Record<string, unknown>)[aspect] ?? null);
}

/**
 * What a newer version of a block changes, question by question (matched by data key),
 * for the upgrade offer: added, removed, and changed with the aspects that differ.
 * @example blockDiff(v1.nodes, v2.nodes) // [{ kind: 'added', label: '返乡日期' }]
 */
export function blockDiff(before: readonly AppNode[], after: readonly AppNode[]): BlockChange[] {
  const old = flatten(before);
  const next = flatten(after);
  const changes: BlockChange[] = [];
  for (const [name, node] of next) {
    const was = old.get(name);
    if (!was) {
      changes.push({ kind: 'added', label: labelOf(node) });
      continue;
    }
    const aspects = ASPECTS.filter(([a]) => aspectValue(was, a) !== aspectValue(node, a)).map(([, text]) => text);
    if (aspects.length) changes.push({ kind: 'changed', label: labelOf(node), aspects });
  }
  for (const [name, node] of old) if (!next.has(name)) changes.push({ kind: 'removed', label: labelOf(node) });
  return changes;
}
