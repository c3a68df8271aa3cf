import type { AppDefinition, AppNode } from '../../definition/types.ts';
import type { PackPropMigration } from './manifest.ts';

/**
 * Applies a pack version's declarative prop migrations to every node of the migrated
 * component types: renamed props keep their values under the new name, new defaults fill
 * props the node does not set. Returns a new definition; the input is not changed.
 * @example applyPropMigrations(def, [{ component: 'acme.plate', since: '2.0.0', rename: { ev: 'allowEv' } }])
 */
export function applyPropMigrations(def: AppDefinition, migrations: readonly PackPropMigration[]): AppDefinition {
  if (migrations.length === 0) return def;
  const migrate = (node: AppNode): AppNode => {
    const children = node.children?.map(migrate);
    const own = migrations.filter((m) => m.component === node.type);
    if (own.length === 0) return children ? { ...node, children } : node;
    const props: Record<string, unknown> = { ...(node.props ?? {}) };
    for (const m of own) {
      for (const [from, to] of Object.entries(m.rename ?? {})) {
        if (Object.hasOwn(props, from) && !Object.hasOwn(props, to)) props[to] = props[from];
        delete props[from];
      }
      for (const [key, value] of Object.entries(m.defaults ?? {})) {
        if (!Object.hasOwn(props, key)) props[key] = structuredClone(value);
      }
    }
    return { ...node, props, ...(children ? { children } : {}) };
  };
  return { ...def, pages: def.pages.map((p) => ({ ...p, nodes: p.nodes.map(migrate) })) };
}
