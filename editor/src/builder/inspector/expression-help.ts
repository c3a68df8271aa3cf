import {
  type AppDefinition,
  analyzeExpression,
  type Catalog,
  chainEnv,
  coreCatalog,
  type ExprProblem,
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

const CODE_TEXT: Record<string, { 'zh-CN': string; en: string }> = {
  syntax: { 'zh-CN': '写法有误', en: 'Syntax error' },
  'unknown-name': { 'zh-CN': '没有这个字段', en: 'Unknown field' },
  'unknown-function': { 'zh-CN': '没有这个函数', en: 'Unknown function' },
  arity: { 'zh-CN': '函数参数个数不对', en: 'Wrong number of arguments' },
  type: { 'zh-CN': '类型不匹配', en: 'Type mismatch' },
};

/** Live analysis of a formula as the official types, as readable messages. */
export function exprProblems(source: string, scope: ExprScope, locale: Locale): string[] {
  if (!source.trim()) return [];
  return analyzeExpression(source, scope.env).problems.map((p: ExprProblem) => {
    const head = CODE_TEXT[p.code]?.[locale];
    return head ? `${head}：${p.message}` : p.message;
  });
}

export interface Suggestion {
  text: string;
  kind: 'field' | 'function';
  hint: string;
}

/** Completions for the word before the caret: field names, then function names with their summary. */
export function suggestionsFor(word: string, scope: ExprScope, locale: Locale): Suggestion[] {
  if (!word) return [];
  const w = word.toLowerCase();
  const fields = scope.names
    .filter((n) => n.toLowerCase().startsWith(w) && n !== word)
    .map((text): Suggestion => ({ text, kind: 'field', hint: '' }));
  const fns = Object.entries(FUNCTIONS)
    .filter(([name]) => name.toLowerCase().startsWith(w) && name !== word)
    .map(([text, spec]): Suggestion => ({ text: `${text}(`, kind: 'function', hint: spec.summary[locale] }));
  return [...fields, ...fns].slice(0, 8);
}

/** The identifier being typed just before the caret. */
export function wordBefore(text: string, caret: number): string {
  return /[A-Za-z_][A-Za-z0-9_]*$/.exec(text.slice(0, caret))?.[0] ?? '';
}
