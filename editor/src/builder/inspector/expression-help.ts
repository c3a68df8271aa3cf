import {
  type AppDefinition,
  analyzeExpression,
  type Catalog,
  chainEnv,
  coreCatalog,
  type ExprProblem,
  exprProblemText,
  FUNCTIONS,
  fieldTypes,
  findNode,
  type Locale,
  topLevelTypes,
  type TypeEnv,
  walkNodes,
  type ExprType,
} from '@sprout/shared';

export interface ExprScope {
  env: TypeEnv;
  /** Names a formula here may use: fields of the repeat row first, then the app's fields and computed values. */
  names: string[];
}

/** What a formula on this node can see: inside a repeat group, the row's fields too. */
export function scopeFor(def: AppDefinition, nodeId?: string, catalog: Catalog = coreCatalog): ExprScope {
  const top = topLevelTypes(def, catalog);
  const visit = nodeId ? findNode(def, nodeId) : undefined;
  const group = visit?.repeatScope[visit.repeatScope.length - 1];
  let rowTypes: Record<string, ExprType> = {};
  if (group)
    walkNodes(def, ({ node }) => {
      if (node.type === 'repeat' && node.name === group) rowTypes = fieldTypes(node.children ?? [], catalog);
    });
  return { env: chainEnv(rowTypes, top), names: [...new Set([...Object.keys(rowTypes), ...Object.keys(top)])] };
}

/** Live analysis of a formula as the official types, worded in the official's language. */
export function exprProblems(source: string, scope: ExprScope, locale: Locale): string[] {
  if (!source.trim()) return [];
  return analyzeExpression(source, scope.env).problems.map((p: ExprProblem) => exprProblemText(p, locale));
}

export interface Suggestion {
  text: string;
  kind: 'field' | 'function';
  hint: string;
}

/** How a typed word finds a question: its key, its Chinese label, or the label's pinyin / initials. */
export type LabelMatcher = (label: string, word: string) => boolean;

const plainMatch: LabelMatcher = (label, word) => label.includes(word);

/**
 * Completions for the word before the caret: questions (matched by key, label or pinyin,
 * shown by label, inserted as the key), then function names with their summary.
 */
export function suggestionsFor(
  word: string,
  scope: ExprScope,
  locale: Locale,
  labels: ReadonlyMap<string, string> = new Map(),
  matchLabel: LabelMatcher = plainMatch,
): Suggestion[] {
  if (!word) return [];
  const w = word.toLowerCase();
  const fields = scope.names
    .filter((n) => n !== word && (n.toLowerCase().startsWith(w) || matchLabelOf(labels.get(n), word, matchLabel)))
    .map((text): Suggestion => ({ text, kind: 'field', hint: labels.get(text) ?? '' }));
  const fns = /^[A-Za-z]/.test(word)
    ? Object.entries(FUNCTIONS)
        .filter(([name]) => name.toLowerCase().startsWith(w) && name !== word)
        .map(([text, spec]): Suggestion => ({ text: `${text}(`, kind: 'function', hint: spec.summary[locale] }))
    : [];
  return [...fields, ...fns].slice(0, 8);
}

function matchLabelOf(label: string | undefined, word: string, matchLabel: LabelMatcher): boolean {
  return label !== undefined && (label.includes(word) || matchLabel(label, word));
}

/** The word being typed just before the caret: a key, a function name, or Chinese from a label. */
export function wordBefore(text: string, caret: number): string {
  return /[A-Za-z_\u3400-\u9fff][A-Za-z0-9_\u3400-\u9fff]*$/.exec(text.slice(0, caret))?.[0] ?? '';
}
