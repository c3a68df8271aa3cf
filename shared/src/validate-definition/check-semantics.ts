import type { Catalog } from '../catalog/catalog.ts';
import { chainEnv, fieldTypes, topLevelTypes } from '../definition/type-env.ts';
import type { AppDefinition, AppNode } from '../definition/types.ts';
import { analyzeExpression, type TypeEnv } from '../expr/analyze.ts';
import { FORBIDDEN_NAMES } from '../expr/ast.ts';
import { exprProblemText } from '../expr/expr-error.ts';
import type { ExprType } from '../expr/expr-type.ts';
import type { Locale } from '../i18n/locale.ts';
import type { Issue } from '../result.ts';
import { safeRegExp } from '../submission/check-rules.ts';
import { findComputedCycle } from '../submission/computed.ts';
import { checkProps } from './check-props.ts';
import { type DefinitionProblem, problemText } from './messages.ts';

const NAME_RE = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
const RESERVED = new Set(['true', 'false', 'null', 'this', 'value', ...FORBIDDEN_NAMES]);

interface Ctx {
  catalog: Catalog;
  locale: Locale;
  issues: Issue[];
  ids: Set<string>;
}

function add(ctx: Ctx, path: string, key: DefinitionProblem, params: Record<string, string | number> = {}): void {
  ctx.issues.push({ path, message: problemText(ctx.locale, key, params), code: key });
}

/** Everything about a well-shaped definition that its shape alone cannot say. */
export function checkSemantics(def: AppDefinition, catalog: Catalog, locale: Locale): Issue[] {
  const ctx: Ctx = { catalog, locale, issues: [], ids: new Set() };
  const globals = topLevelTypes(def, catalog);
  const globalEnv = chainEnv(globals);
  const topNames = new Set<string>();
  def.pages.forEach((page, p) => {
    checkId(ctx, page.id, `pages[${p}].id`);
    checkExpression(ctx, page.visibleWhen, `pages[${p}].visibleWhen`, globalEnv);
    checkNodes(ctx, page.nodes, `pages[${p}].nodes`, globalEnv, topNames);
  });
  checkComputed(ctx, def, globalEnv, topNames);
  checkOutcomes(ctx, def, globalEnv);
  checkSettings(ctx, def, globals);
  return ctx.issues;
}

function checkId(ctx: Ctx, id: string, path: string): void {
  if (ctx.ids.has(id)) add(ctx, path, 'duplicate-id', { id });
  ctx.ids.add(id);
}

function checkExpression(ctx: Ctx, source: string | undefined, path: string, env: TypeEnv): void {
  if (source === undefined) return;
  for (const problem of analyzeExpression(source, env).problems) {
    ctx.issues.push({
      path,
      message: problemText(ctx.locale, 'expression', { detail: exprProblemText(problem, ctx.locale) }),
      code: problem.code,
    });
  }
}

function checkNodes(ctx: Ctx, nodes: AppNode[], base: string, env: TypeEnv, names: Set<string>): void {
  nodes.forEach((node, i) => checkNode(ctx, node, `${base}[${i}]`, env, names));
}

function checkNode(ctx: Ctx, node: AppNode, path: string, env: TypeEnv, names: Set<string>): void {
  checkId(ctx, node.id, `${path}.id`);
  const manifest = ctx.catalog.get(node.type);
  if (!manifest) {
    add(ctx, `${path}.type`, 'unknown-type', { type: node.type });
    return;
  }
  ctx.issues.push(...checkProps(node.props ?? {}, manifest.props, `${path}.props`, ctx.locale));
  const holdsData = manifest.role === 'input' || manifest.repeats === true;
  checkName(ctx, node, path, holdsData, names);
  checkExpression(ctx, node.visibleWhen, `${path}.visibleWhen`, env);
  if (holdsData) checkFieldLogic(ctx, node, path, env);
  else if (node.required !== undefined || node.requiredWhen || node.validations || node.readOnlyWhen) {
    add(ctx, `${path}.required`, 'logic-unexpected');
  }
  checkChildren(ctx, node, path, env, names);
}

function checkName(ctx: Ctx, node: AppNode, path: string, holdsData: boolean, names: Set<string>): void {
  if (!holdsData) {
    if (node.name !== undefined) add(ctx, `${path}.name`, 'name-unexpected');
    return;
  }
  if (node.name === undefined || node.name === '') return add(ctx, `${path}.name`, 'name-missing');
  if (!NAME_RE.test(node.name)) return add(ctx, `${path}.name`, 'name-invalid');
  if (RESERVED.has(node.name)) return add(ctx, `${path}.name`, 'name-reserved', { name: node.name });
  if (names.has(node.name)) add(ctx, `${path}.name`, 'name-duplicate', { name: node.name });
  names.add(node.name);
}

function checkFieldLogic(ctx: Ctx, node: AppNode, path: string, env: TypeEnv): void {
  checkExpression(ctx, node.requiredWhen, `${path}.requiredWhen`, env);
  checkExpression(ctx, node.readOnlyWhen, `${path}.readOnlyWhen`, env);
  node.validations?.forEach((rule, r) => {
    if (rule.kind === 'expr') checkExpression(ctx, rule.expr, `${path}.validations[${r}].expr`, env);
    if (rule.kind === 'pattern' && !safeRegExp(rule.value))
      add(ctx, `${path}.validations[${r}].value`, 'pattern-invalid');
  });
}

function checkChildren(ctx: Ctx, node: AppNode, path: string, env: TypeEnv, names: Set<string>): void {
  const manifest = ctx.catalog.get(node.type);
  if (manifest?.role !== 'container') {
    if (node.children !== undefined) add(ctx, `${path}.children`, 'children-unexpected');
    return;
  }
  const children = node.children ?? [];
  if (!manifest.repeats) return checkNodes(ctx, children, `${path}.children`, env, names);
  const rowTypes: Record<string, ExprType> = fieldTypes(children, ctx.catalog);
  if (Object.keys(rowTypes).length === 0) add(ctx, `${path}.children`, 'children-empty');
  checkNodes(ctx, children, `${path}.children`, (name) => rowTypes[name] ?? env(name), new Set());
}

function checkComputed(ctx: Ctx, def: AppDefinition, env: TypeEnv, fieldNames: Set<string>): void {
  const seen = new Set<string>();
  (def.computed ?? []).forEach((c, i) => {
    const path = `computed[${i}]`;
    if (!NAME_RE.test(c.name)) add(ctx, `${path}.name`, 'name-invalid');
    else if (RESERVED.has(c.name)) add(ctx, `${path}.name`, 'name-reserved', { name: c.name });
    else if (fieldNames.has(c.name)) add(ctx, `${path}.name`, 'computed-clash', { name: c.name });
    else if (seen.has(c.name)) add(ctx, `${path}.name`, 'name-duplicate', { name: c.name });
    seen.add(c.name);
    checkExpression(ctx, c.expr, `${path}.expr`, env);
  });
  const cycle = findComputedCycle(def.computed ?? []);
  if (cycle) {
    const at = (def.computed ?? []).findIndex((c) => c.name === cycle[0]);
    add(ctx, `computed[${at}].expr`, 'cycle', { cycle: cycle.join(' → ') });
  }
}

function checkOutcomes(ctx: Ctx, def: AppDefinition, env: TypeEnv): void {
  const codes = new Set<string>();
  (def.outcomes ?? []).forEach((o, i) => {
    checkExpression(ctx, o.when, `outcomes[${i}].when`, env);
    if (codes.has(o.result.code)) add(ctx, `outcomes[${i}].result.code`, 'outcome-duplicate', { code: o.result.code });
    codes.add(o.result.code);
  });
}

function checkSettings(ctx: Ctx, def: AppDefinition, globals: Record<string, ExprType>): void {
  const s = def.settings;
  const isField = (name: string) => Object.hasOwn(globals, name) && !(def.computed ?? []).some((c) => c.name === name);
  if (s.oncePer === 'field' && !s.onceField) add(ctx, 'settings.onceField', 'once-field-missing');
  const refs: Array<[string, string | undefined]> = [
    ['settings.onceField', s.onceField],
    ['settings.resultCode.subjectField', s.resultCode.subjectField],
    ['settings.resultCode.displayNameField', s.resultCode.displayNameField],
    ...(s.review.displayFields ?? []).map((name, i): [string, string] => [`settings.review.displayFields[${i}]`, name]),
  ];
  for (const [path, name] of refs) if (name && !isField(name)) add(ctx, path, 'field-missing', { name });
  if (s.resultCode.issue && (def.outcomes ?? []).length === 0)
    add(ctx, 'settings.resultCode.issue', 'result-code-outcomes');
}
