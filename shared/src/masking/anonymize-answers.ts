import type { Catalog } from '../catalog/catalog.ts';
import type { AppDefinition, AppNode } from '../definition/types.ts';
import { isSensitiveLevel, levelOf } from './mask-rule-for.ts';

/** Which answers are personal (L3/L4): names per scope, and the same for each repeat group's rows. */
export interface PersonalFields {
  names: Set<string>;
  rows: Map<string, PersonalFields>;
}

function collect(nodes: AppNode[], catalog: Catalog, into: PersonalFields): void {
  for (const node of nodes) {
    const manifest = catalog.get(node.type);
    if (node.type === 'repeat' && node.name) {
      const rows = into.rows.get(node.name) ?? { names: new Set<string>(), rows: new Map() };
      collect(node.children ?? [], catalog, rows);
      into.rows.set(node.name, rows);
      if (isSensitiveLevel(levelOf(manifest, node))) into.names.add(node.name);
      continue;
    }
    if (node.name && manifest?.role === 'input' && isSensitiveLevel(levelOf(manifest, node))) into.names.add(node.name);
    if (node.children) collect(node.children, catalog, into);
  }
}

/**
 * The personal fields of one or more versions of an app: a field personal in any version
 * counts, so anonymising rows of an old version never keeps what it classified L3/L4.
 */
export function personalFields(definitions: readonly AppDefinition[], catalog: Catalog): PersonalFields {
  return personalFieldsOf(definitions.map((definition) => ({ definition, catalog })));
}

/**
 * The same, each version read with its own catalog (core plus the pack versions it pins),
 * so a pack field's level comes from the manifest the version was published with.
 */
export function personalFieldsOf(
  versions: ReadonlyArray<{ definition: AppDefinition; catalog: Catalog }>,
): PersonalFields {
  const fields: PersonalFields = { names: new Set(), rows: new Map() };
  for (const { definition, catalog } of versions)
    for (const page of definition.pages) collect(page.nodes, catalog, fields);
  return fields;
}

/**
 * Keeps only the non-personal answers (L1/L2), inside repeat rows too: what retention's
 * `anonymize` leaves of a submission.
 * @example anonymizeAnswers({ idNumber: '1101…', village: '径山村' }, fields) // { village: '径山村' }
 */
export function anonymizeAnswers(values: Record<string, unknown>, fields: PersonalFields): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values)) {
    if (fields.names.has(name)) continue;
    const rows = fields.rows.get(name);
    out[name] =
      rows && Array.isArray(value)
        ? value.map((row) =>
            row && typeof row === 'object' ? anonymizeAnswers(row as Record<string, unknown>, rows) : row,
          )
        : value;
  }
  return out;
}
