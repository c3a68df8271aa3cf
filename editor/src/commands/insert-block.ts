import type { AppDefinition } from '@sprout/shared';
import { copyBlock, type LibraryBlock } from './copy-block.ts';
import { insertNode } from './insert-node.ts';
import type { NodeLocation } from './tree.ts';

/** Inserts a copy of a library block (fresh ids, clashing keys renamed, provenance on its root). */
export interface InsertBlock {
  kind: 'insert-block';
  block: LibraryBlock;
  at: NodeLocation;
}

export function insertBlock(def: AppDefinition, cmd: InsertBlock): AppDefinition {
  return insertNode(def, { kind: 'insert-node', node: copyBlock(def, cmd.block), at: cmd.at });
}
