import type { AppDefinition, AppNode } from '@sprout/shared';
import { locate, mapNode, withList } from './tree.ts';

/** The node fields an official edits besides props: data key, level, logic, and a block's provenance. */
export type NodeFields = Pick<
  AppNode,
  'name' | 'level' | 'required' | 'visibleWhen' | 'requiredWhen' | 'readOnlyWhen' | 'validations' | 'block'
>;

/** Sets fields of a node; `undefined` or an empty string removes the field. */
export interface UpdateNode {
  kind: 'update-node';
  id: string;
  fields: Partial<NodeFields>;
}

export function updateNode(def: AppDefinition, cmd: UpdateNode): AppDefinition {
  const at = locate(def, cmd.id);
  if (!at) return def;
  return withList(def, { pageId: at.pageId }, (nodes) =>
    mapNode(nodes, cmd.id, (node) => {
      const next: Record<string, unknown> = { ...node, ...cmd.fields };
      for (const [k, v] of Object.entries(cmd.fields)) if (v === undefined || v === '') delete next[k];
      return next as unknown as AppNode;
    }),
  );
}
