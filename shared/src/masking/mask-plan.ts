import type { Catalog } from '../catalog/catalog.ts';
import type { AppDefinition, AppNode } from '../definition/types.ts';
import type { MaskRule } from './mask-rule.ts';
import { effectiveMaskRule, levelOf, maskRuleFor } from './mask-rule-for.ts';
import { maskValue } from './mask-value.ts';

/** How each answer of one scope is masked: a rule per field, and the plan of each repeat group's rows. */
export interface MaskPlan {
  rules: Map<string, MaskRule>;
  rows: Map<string, MaskPlan>;
}

function planOf(nodes: AppNode[], catalog: Catalog, plan: MaskPlan): MaskPlan {
  for (const node of nodes) {
    const manifest = catalog.get(node.type);
    if (node.type === 'repeat' && node.name) {
      plan.rows.set(node.name, planOf(node.children ?? [], catalog, { rules: new Map(), rows: new Map() }));
      continue;
    }
    if (node.name && manifest?.role === 'input') {
      const rule = effectiveMaskRule(levelOf(manifest, node), maskRuleFor(manifest, node));
      if (rule.kind !== 'none') plan.rules.set(node.name, rule);
    }
    if (node.children) planOf(node.children, catalog, plan);
  }
  return plan;
}

/**
 * The masking of a definition's answers, computed once per definition and reused for
 * every row of a list or an export.
 * @example maskAnswers({ idNumber: '11010519491231002X' }, maskPlan(def, coreCatalog))
 */
export function maskPlan(definition: AppDefinition, catalog: Catalog): MaskPlan {
  const plan: MaskPlan = { rules: new Map(), rows: new Map() };
  for (const page of definition.pages) planOf(page.nodes, catalog, plan);
  return plan;
}

/** Whether a plan masks anything at all (an app without personal fields). */
export function masksAnything(plan: MaskPlan): boolean {
  return plan.rules.size > 0 || [...plan.rows.values()].some(masksAnything);
}

/**
 * Masks one top-level answer by name; exports call this per cell, lists through `maskAnswers`.
 * @example maskAnswer('phone', '13800138000', plan) // '138****8000'
 */
export function maskAnswer(name: string, value: unknown, plan: MaskPlan): unknown {
  const rule = plan.rules.get(name);
  if (rule) return maskValue(value, rule);
  const rows = plan.rows.get(name);
  if (rows && masksAnything(rows) && Array.isArray(value)) return value.map((row) => maskRow(row, rows));
  return value;
}

/**
 * Masks a submission's answers by a plan; answers the masked copy and the names of the
 * top-level fields that were changed, so a client can say "已脱敏".
 */
export function maskAnswers(
  values: Record<string, unknown>,
  plan: MaskPlan,
): { values: Record<string, unknown>; masked: string[] } {
  const out: Record<string, unknown> = {};
  const masked: string[] = [];
  for (const [name, value] of Object.entries(values)) {
    out[name] = maskAnswer(name, value, plan);
    if (out[name] !== value) masked.push(name);
  }
  return { values: out, masked };
}

function maskRow(row: unknown, plan: MaskPlan): unknown {
  if (!row || typeof row !== 'object' || Array.isArray(row)) return row;
  return maskAnswers(row as Record<string, unknown>, plan).values;
}

/**
 * One plan for answers stored under several versions: a field masked in any version stays
 * masked (the first version's rule that names it wins), so lowering a level later never
 * unmasks old rows.
 */
export function mergeMaskPlans(plans: readonly MaskPlan[]): MaskPlan {
  const merged: MaskPlan = { rules: new Map(), rows: new Map() };
  for (const plan of plans) {
    for (const [name, rule] of plan.rules) if (!merged.rules.has(name)) merged.rules.set(name, rule);
    for (const [name, rows] of plan.rows) {
      const before = merged.rows.get(name);
      merged.rows.set(name, before ? mergeMaskPlans([before, rows]) : rows);
    }
  }
  return merged;
}
