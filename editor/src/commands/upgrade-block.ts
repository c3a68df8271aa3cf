import type { AppDefinition } from '@sprout/shared';
import { copyBlock, type LibraryBlock } from './copy-block.ts';
import { deleteNode } from './delete-node.ts';
import { insertNode } from './insert-node.ts';
import { locate } from './tree.ts';

/**
 * Replaces an inserted block (its root node `id`) with a copy of a newer version, in the same
 * place. The old copy goes first, so its data keys are free for the new one to keep.
 */
export interface UpgradeBlock {
  kind: 'upgrade-block';
  id: string;
  block: LibraryBlock;
}

export function upgradeBlock(def: AppDefinition, cmd: UpgradeBlock): AppDefinition {
  const at = locate(def, cmd.id);
  if (!at) return def;
  const without = deleteNode(def, { kind: 'delete-node', id: cmd.id });
  return insertNode(without, { kind: 'insert-node', node: copyBlock(without, cmd.block), at });
}
