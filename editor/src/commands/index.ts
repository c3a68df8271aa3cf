import type { AppDefinition } from '@sprout/shared';
import { type AddPage, addPage } from './add-page.ts';
import { type DeleteNode, deleteNode } from './delete-node.ts';
import { type DeletePage, deletePage } from './delete-page.ts';
import { type InsertBlock, insertBlock } from './insert-block.ts';
import { type InsertNode, insertNode } from './insert-node.ts';
import { type MoveNode, moveNode } from './move-node.ts';
import { type MovePage, movePage } from './move-page.ts';
import { type RenamePage, renamePage } from './rename-page.ts';
import { type ReplaceDefinition, replaceDefinition } from './replace-definition.ts';
import { type SetComputed, setComputed } from './set-computed.ts';
import { type SetLabel, setLabel } from './set-label.ts';
import { type SetOutcomes, setOutcomes } from './set-outcomes.ts';
import { type UpdateMeta, updateMeta } from './update-meta.ts';
import { type UpdateNode, updateNode } from './update-node.ts';
import { type UpdateProps, updateProps } from './update-props.ts';
import { type UpdateSettings, updateSettings } from './update-settings.ts';
import { type UpgradeBlock, upgradeBlock } from './upgrade-block.ts';

export type { NodeLocation } from './tree.ts';
export type { LibraryBlock } from './copy-block.ts';
export { locate, listAt, freshId, isInside } from './tree.ts';
export type { NodeFields } from './update-node.ts';

/** Every change an official can make to a definition, as a typed, replayable value. */
export type Command =
  | InsertNode
  | InsertBlock
  | UpgradeBlock
  | MoveNode
  | DeleteNode
  | UpdateProps
  | SetLabel
  | UpdateNode
  | AddPage
  | RenamePage
  | MovePage
  | DeletePage
  | SetOutcomes
  | SetComputed
  | UpdateSettings
  | UpdateMeta
  | ReplaceDefinition;

type Appliers = { [K in Command['kind']]: (def: AppDefinition, cmd: Extract<Command, { kind: K }>) => AppDefinition };

const APPLIERS: Appliers = {
  'insert-node': insertNode,
  'insert-block': insertBlock,
  'upgrade-block': upgradeBlock,
  'move-node': moveNode,
  'delete-node': deleteNode,
  'update-props': updateProps,
  'set-label': setLabel,
  'update-node': updateNode,
  'add-page': addPage,
  'rename-page': renamePage,
  'move-page': movePage,
  'delete-page': deletePage,
  'set-outcomes': setOutcomes,
  'set-computed': setComputed,
  'update-settings': updateSettings,
  'update-meta': updateMeta,
  'replace-definition': replaceDefinition,
};

/** Applies one command; a command that cannot apply returns the same definition object. */
export function applyCommand(def: AppDefinition, cmd: Command): AppDefinition {
  const apply = APPLIERS[cmd.kind] as (d: AppDefinition, c: Command) => AppDefinition;
  return apply(def, cmd);
}

/** Applies commands in order, e.g. to replay a recorded session in a test. */
export function replay(def: AppDefinition, commands: readonly Command[]): AppDefinition {
  return commands.reduce(applyCommand, def);
}

/**
 * Typing into one input makes many commands; those with the same key in quick
 * succession become one undo step.
 */
export function coalesceKey(cmd: Command): string | undefined {
  switch (cmd.kind) {
    case 'update-props':
      return `props:${cmd.id}:${Object.keys(cmd.props).sort().join(',')}`;
    case 'set-label':
      return `props:${cmd.id}:label`;
    case 'update-node':
      return `node:${cmd.id}:${Object.keys(cmd.fields).sort().join(',')}`;
    case 'rename-page':
      return `page:${cmd.id}`;
    case 'set-outcomes':
    case 'set-computed':
      return cmd.kind;
    case 'update-settings':
    case 'update-meta':
      return `${cmd.kind}:${Object.keys(cmd.patch).sort().join(',')}`;
    default:
      return undefined;
  }
}
