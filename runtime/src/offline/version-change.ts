import type { Catalog } from '@sprout/shared/catalog';
import type { AppDefinition, AppNode } from '@sprout/shared/definition';
import type { LocalizedText } from '@sprout/shared/i18n';
import { isEmpty } from '@sprout/shared/expr';
import { namedNodes } from '../logic/field-index.ts';

type Values = Record<string, unknown>;

/** What a version asked, field by field: enough to say later what a newer version changed. */
export type FieldSummary = Record<string, { type: string; label?: LocalizedText }>;

function topLevel(definition: AppDefinition, catalog: Catalog): Map<string, AppNode> {
  const out = new Map<string, AppNode>();
  for (const page of definition.pages) namedNodes(page.nodes, catalog, out);
  return out;
}

function labelOf(node: AppNode, catalog: Catalog): LocalizedText | undefined {
  return (node.props?.label as LocalizedText | undefined) ?? catalog.get(node.type)?.label;
}

/** The top-level fields of a definition by name, with their type and label. */
export function fieldSummary(definition: AppDefinition, catalog: Catalog): FieldSummary {
  const out: FieldSummary = {};
  for (const [name, node] of topLevel(definition, catalog)) {
    const label = labelOf(node, catalog);
    out[name] = label === undefined ? { type: node.type } : { type: node.type, label };
  }
  return out;
}

/** A value the field would accept as it is: the component's own check, blank values always fit. */
function fits(node: AppNode, value: unknown, catalog: Catalog): boolean {
  const manifest = catalog.get(node.type);
  if (!manifest || isEmpty(value)) return !!manifest;
  const props = node.props ?? {};
  const normalized = manifest.normalize ? manifest.normalize(value, props) : value;
  return (manifest.validate?.(normalized, props) ?? null) === null;
}

function fitRows(node: AppNode, rows: unknown, catalog: Catalog): unknown[] | undefined {
  if (!Array.isArray(rows)) return undefined;
  const children = namedNodes(node.children ?? [], catalog);
  return rows.map((row) => fitLevel(children, (row ?? {}) as Values, catalog));
}

function fitLevel(nodes: Map<string, AppNode>, values: Values, catalog: Catalog): Values {
  const out: Values = {};
  for (const [name, node] of nodes) {
    if (!Object.hasOwn(values, name)) continue;
    const value = values[name];
    if (catalog.get(node.type)?.repeats) {
      const rows = fitRows(node, value, catalog);
      if (rows) out[name] = rows;
    } else if (fits(node, value, catalog)) out[name] = value;
  }
  return out;
}

/**
 * The answers given to an older version that the current one still takes: fields it
 * still has, of a value its component accepts. The rest is dropped, not guessed at.
 * @example answersThatFit(v2, catalog, { name: '张三', removedField: 1 }) // { name: '张三' }
 */
export function answersThatFit(definition: AppDefinition, catalog: Catalog, values: Values): Values {
  return fitLevel(topLevel(definition, catalog), values, catalog);
}

/** What the resident should look at again: fields new to this version, gone from it, or whose answer did not carry over. */
export interface VersionChanges {
  added: LocalizedText[];
  removed: LocalizedText[];
  changed: LocalizedText[];
}

export function describeChanges(
  before: FieldSummary,
  after: FieldSummary,
  given: Values,
  kept: Values,
): VersionChanges {
  const label = (summary: FieldSummary, name: string) => summary[name]?.label ?? name;
  const changes: VersionChanges = { added: [], removed: [], changed: [] };
  for (const name of Object.keys(after)) {
    if (!Object.hasOwn(before, name)) changes.added.push(label(after, name));
    else if (before[name]?.type !== after[name]?.type) changes.changed.push(label(after, name));
    else if (Object.hasOwn(given, name) && !Object.hasOwn(kept, name)) changes.changed.push(label(after, name));
  }
  for (const name of Object.keys(before)) {
    if (!Object.hasOwn(after, name)) changes.removed.push(label(before, name));
  }
  return changes;
}
