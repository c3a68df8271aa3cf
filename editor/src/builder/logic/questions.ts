import {
  analyzeExpression,
  type AppDefinition,
  type AppNode,
  type ExprType,
  type Locale,
  type LocalizedText,
  localize,
  T,
  walkNodes,
} from '@sprout/shared';
import { nodeLabel } from '../node-label.ts';
import { scopeFor } from '../inspector/expression-help.ts';

export interface QuestionOption {
  value: string;
  label: string;
}

/** A field or computed value as an official sees it: by its label, with its options. */
export interface Question {
  /** The data key formulas use. */
  name: string;
  label: string;
  type: ExprType;
  /** The choices of a radio, select or checkboxes question. */
  options?: QuestionOption[];
  computed?: boolean;
}

function optionsOf(node: AppNode, locale: Locale): QuestionOption[] | undefined {
  const raw = node.props?.options;
  if (!Array.isArray(raw)) return undefined;
  return raw.map((o) => ({ value: String(o?.value ?? ''), label: localize(o?.label as LocalizedText, locale) }));
}

/**
 * The questions a formula on this node may read, labelled: the row's fields inside a repeat
 * group first, then the app's fields and computed values.
 */
export function questionsFor(def: AppDefinition, locale: Locale, nodeId?: string): Question[] {
  const scope = scopeFor(def, nodeId);
  const nodes = new Map<string, AppNode>();
  walkNodes(def, ({ node }) => {
    if (node.name && !nodes.has(node.name)) nodes.set(node.name, node);
  });
  const computed = new Map((def.computed ?? []).map((c) => [c.name, c]));
  return scope.names.map((name): Question => {
    const type = scope.env(name) ?? T.any;
    const node = nodes.get(name);
    if (node) return { name, label: nodeLabel(node, locale) || name, type, options: optionsOf(node, locale) };
    const value = computed.get(name);
    // A computed value's type is what its formula gives: 发热 (体温 ≥ 37.3) is a yes/no.
    const own = value ? analyzeExpression(value.expr, scope.env).type : type;
    return { name, label: localize(value?.label, locale) || name, type: own, computed: true };
  });
}

/** The label of a data key, or the key itself when no question has it (a hand-written name). */
export function labelOf(questions: readonly Question[], name: string): string {
  return questions.find((q) => q.name === name)?.label ?? name;
}

/**
 * The question a new condition row starts on: the nearest one above the node that has
 * options (a follow-up question usually depends on the 是/否 just before it), else the first
 * with options, else the first.
 */
export function preferredQuestion(
  def: AppDefinition,
  questions: readonly Question[],
  nodeId?: string,
): Question | undefined {
  const order: string[] = [];
  let before: Set<string> | undefined;
  walkNodes(def, ({ node }) => {
    if (node.id === nodeId) before = new Set(order);
    if (node.name) order.push(node.name);
  });
  const withOptions = questions.filter((q) => q.options?.length || q.type.t === 'boolean');
  const above = before ? withOptions.filter((q) => before?.has(q.name)) : [];
  return above[above.length - 1] ?? withOptions[0] ?? questions[0];
}
