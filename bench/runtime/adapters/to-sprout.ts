import { CURRENT_SCHEMA_VERSION, DEFAULT_SETTINGS } from '@sprout/shared/definition';
import type { AppDefinition, AppNode } from '@sprout/shared/definition';
import type { FieldSpec, FormSpec } from '../generate-form.ts';

function toNode(field: FieldSpec): AppNode {
  const node: AppNode = { id: `n${field.index}`, type: field.type, name: field.key, props: { label: field.label } };
  if (field.options) node.props = { ...node.props, options: field.options };
  if (field.required) node.required = true;
  if (field.visibleIfFilled) node.visibleWhen = `NOT(ISEMPTY(${field.visibleIfFilled}))`;
  return node;
}

/** The benchmark form as a Sprout AppDefinition: one page, the total as a computed value. */
export function toSproutDefinition(spec: FormSpec): AppDefinition {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    meta: { title: `基准表单（${spec.size} 题）` },
    pages: [{ id: 'page1', nodes: spec.fields.map(toNode) }],
    // No spaces: at 1000 fields the sum of 143 names must stay under the 1000-character expression limit.
    computed: [{ name: spec.total.key, label: spec.total.label, expr: `SUM(${spec.total.of.join(',')})` }],
    outcomes: [],
    settings: structuredClone(DEFAULT_SETTINGS),
  };
}
