/**
 * Version 1 was the single-page format of the first pilots: `title` and `nodes` at
 * the top level. Version 2 groups them into `meta` and `pages` for wizards.
 */
export function migrateV1ToV2(doc: Record<string, unknown>): Record<string, unknown> {
  const { title, description, nodes, schemaVersion: _v, ...rest } = doc;
  return {
    ...rest,
    schemaVersion: 2,
    meta: { title: title ?? '', ...(description === undefined ? {} : { description }) },
    pages: [{ id: 'page1', nodes: Array.isArray(nodes) ? nodes : [] }],
  };
}
