import type { PackComponent, PackManifest, ValueShape } from '../../catalog/pack/manifest.ts';
import { hostIncompatibility } from '../../catalog/pack/host-compat.ts';
import { satisfiesRange } from '../../catalog/pack/semver.ts';
import { exprTypeOfShape } from '../../catalog/pack/value-expr-type.ts';
import type { PropSpec } from '../../catalog/types.ts';
import { analyzeExpression, type TypeEnv } from '../../expr/analyze.ts';
import { exprProblemText } from '../../expr/expr-error.ts';
import { type ExprType, T } from '../../expr/expr-type.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { Issue } from '../../result.ts';
import { problemText } from '../messages.ts';
import { checkCompositeNodes, compositeValueNames, shapeMatchesNames } from './check-composite.ts';
import { type PackProblem, packProblemText } from './messages.ts';

export interface PackCheckOptions {
  locale: Locale;
  /** The component API this Sprout implements; the pack's range must include it. */
  apiVersion: string;
  /** Types other installed packs already provide, with the pack that owns each. */
  takenTypes?: ReadonlyMap<string, string>;
  /** The archive's file paths, when checking an upload: every widget must be among them. */
  files?: ReadonlySet<string>;
}

interface Ctx extends PackCheckOptions {
  issues: Issue[];
}

function add(ctx: Ctx, path: string, key: PackProblem, params: Record<string, string | number> = {}): void {
  ctx.issues.push({ path, message: packProblemText(ctx.locale, key, params), code: key });
}

/** Everything about a well-shaped manifest that its shape alone cannot say. */
export function checkPack(manifest: PackManifest, options: PackCheckOptions): Issue[] {
  const ctx: Ctx = { ...options, issues: [] };
  if (!satisfiesRange(options.apiVersion, manifest.componentApi))
    add(ctx, 'componentApi', 'component-api', { range: manifest.componentApi, api: options.apiVersion });
  const host = hostIncompatibility(manifest.host);
  if (host) add(ctx, 'host.react', 'host-version', { detail: host });
  const seen = new Set<string>();
  manifest.components.forEach((component, i) => {
    const path = `components[${i}]`;
    checkType(ctx, manifest, component.type, `${path}.type`, seen);
    checkComponent(ctx, component, path);
  });
  manifest.migrations?.forEach((m, i) => {
    if (!seen.has(m.component)) add(ctx, `migrations[${i}].component`, 'migration-component', { type: m.component });
  });
  return ctx.issues;
}

function checkType(ctx: Ctx, manifest: PackManifest, type: string, path: string, seen: Set<string>): void {
  const namespace = type.split('.')[0] as string;
  const owner = ctx.takenTypes?.get(type);
  if (seen.has(type)) add(ctx, path, 'type-duplicate', { type });
  else if (owner !== undefined && owner !== manifest.name) add(ctx, path, 'type-taken', { type, owner });
  else {
    // Every type of one pack shares one namespace, so a clash is visible from the first component on.
    const first = manifest.components[0]?.type.split('.')[0];
    if (first !== undefined && namespace !== first) add(ctx, path, 'type-namespace', { namespace: first });
  }
  seen.add(type);
}

function checkComponent(ctx: Ctx, component: PackComponent, path: string): void {
  checkBody(ctx, component, path);
  checkShape(ctx, component.value, `${path}.value`);
  checkPropDefaults(ctx, component.props, `${path}.props`);
  const env = ruleEnv(component);
  component.rules?.forEach((rule, r) => {
    const hasCheck = rule.check !== undefined;
    if (hasCheck === (rule.when !== undefined)) return add(ctx, `${path}.rules[${r}]`, 'check-or-when');
    const key = hasCheck ? 'check' : 'when';
    checkExpression(ctx, hasCheck ? rule.check : rule.when, `${path}.rules[${r}].${key}`, env);
  });
  const keys = new Set<string>();
  component.exportColumns?.forEach((column, c) => {
    if (keys.has(column.key)) add(ctx, `${path}.exportColumns[${c}].key`, 'column-duplicate', { key: column.key });
    keys.add(column.key);
    checkExpression(ctx, column.expr, `${path}.exportColumns[${c}].expr`, env);
  });
  if (component.capabilities.includes('none') && component.capabilities.length > 1)
    add(ctx, `${path}.capabilities`, 'capability-none');
}

function checkBody(ctx: Ctx, component: PackComponent, path: string): void {
  const { widget, composite } = component;
  if ((widget === undefined) === (composite === undefined)) return add(ctx, path, 'widget-or-composite');
  if (widget !== undefined) {
    const safe = /^(?!\/)(?!.*(?:^|\/)\.\.?(?:\/|$))[A-Za-z0-9._/-]+\.m?js$/.test(widget);
    if (!safe) add(ctx, `${path}.widget`, 'widget-path');
    else if (ctx.files && !ctx.files.has(widget)) add(ctx, `${path}.widget`, 'widget-missing', { file: widget });
    return;
  }
  if (!composite) return;
  ctx.issues.push(...checkCompositeNodes(composite, `${path}.composite`, ctx.locale));
  const names = compositeValueNames(composite);
  if (!shapeMatchesNames(component.value, names))
    add(ctx, `${path}.value`, 'composite-shape', { names: names.join(', ') });
}

function checkShape(ctx: Ctx, shape: ValueShape, path: string): void {
  if (shape.type === 'string' && shape.pattern !== undefined) {
    try {
      new RegExp(shape.pattern, 'u');
    } catch {
      add(ctx, `${path}.pattern`, 'pattern-invalid');
    }
  }
  if (shape.type === 'array') checkShape(ctx, shape.items, `${path}.items`);
  if (shape.type === 'object') {
    shape.required?.forEach((key, k) => {
      if (!Object.hasOwn(shape.properties, key)) add(ctx, `${path}.required[${k}]`, 'required-unknown', { key });
    });
    for (const [key, inner] of Object.entries(shape.properties)) checkShape(ctx, inner, `${path}.properties.${key}`);
  }
}

function checkPropDefaults(ctx: Ctx, props: Record<string, PropSpec>, path: string): void {
  for (const [key, spec] of Object.entries(props)) {
    if (spec.kind === 'enum' && spec.default !== undefined && !spec.values.some((v) => v.value === spec.default))
      add(ctx, `${path}.${key}.default`, 'prop-default');
  }
}

const PROP_TYPES: Record<PropSpec['kind'], ExprType> = {
  text: T.string,
  number: T.number,
  boolean: T.boolean,
  enum: T.string,
  options: T.list(T.record({ value: T.string, label: T.string })),
  'string-list': T.list(T.string),
};

/** Rules and columns see `value` (typed from the shape) and `props` (typed from the specs). */
function ruleEnv(component: PackComponent): TypeEnv {
  const props = T.record(Object.fromEntries(Object.entries(component.props).map(([k, s]) => [k, PROP_TYPES[s.kind]])));
  const value = exprTypeOfShape(component.value);
  return (name) => (name === 'value' ? value : name === 'props' ? props : undefined);
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
