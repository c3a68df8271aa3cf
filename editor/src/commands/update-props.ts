import type { AppDefinition } from '@sprout/shared';
import { locate, mapNode, withList } from './tree.ts';

/** Sets some props of a node; a prop set to `undefined` is removed. */
export interface UpdateProps {
  kind: 'update-props';
  id: string;
  props: Record<string, unknown>;
}

export function updateProps(def: AppDefinition, cmd: UpdateProps): AppDefinition {
  const at = locate(def, cmd.id);
  if (!at) return def;
  return withList(def, { pageId: at.pageId }, (nodes) =>
    mapNode(nodes, cmd.id, (node) => {
      const props: Record<string, unknown> = { ...node.props, ...cmd.props };
      for (const [k, v] of Object.entries(props)) if (v === undefined) delete props[k];
      return { ...node, props };
    }),
  );
}
