import { type AppDefinition, type AppNode, type LocalizedText, localize } from '@sprout/shared';
import { suggestNameFromLabel } from './label-key.ts';
import { takenNames } from './names.ts';
import { isReferenced } from './references.ts';
import { locate, mapNode, withList } from './tree.ts';

/**
 * Sets a node's label. Its data key follows the label (pinyin) while the key is still the
 * one generated for it, nothing refers to it and it was never published (`keyLocked`).
 */
export interface SetLabel {
  kind: 'set-label';
  id: string;
  /** The new label prop as the props form makes it (plain text, or bilingual text). */
  label: LocalizedText | undefined;
  /** The key is in a published version: residents' data is stored under it, so it stays. */
  keyLocked: boolean;
}

export function setLabel(def: AppDefinition, cmd: SetLabel): AppDefinition {
  const at = locate(def, cmd.id);
  if (!at) return def;
  return withList(def, { pageId: at.pageId }, (nodes) =>
    mapNode(nodes, cmd.id, (node) => {
      const props: Record<string, unknown> = { ...node.props, label: cmd.label };
      if (cmd.label === undefined) delete props.label;
      const next: AppNode = { ...node, props };
      const name = cmd.keyLocked ? undefined : followingKey(def, node, localize(cmd.label));
      return name ? { ...next, name } : next;
    }),
  );
}

/** The key generated from the new label, when the node's key may still follow its label. */
export function followingKey(def: AppDefinition, node: AppNode, label: string): string | undefined {
  if (!node.name || isReferenced(def, node.name)) return undefined;
  const taken = takenNames(def, node.id);
  const old = localize(node.props?.label as LocalizedText | undefined);
  const asCreated = new RegExp(`^${node.type.replace(/\W/g, '')}\\d*$`).test(node.name);
  const generated = asCreated || node.name === suggestNameFromLabel(old, node.type, taken);
  return generated && label.trim() ? suggestNameFromLabel(label, node.type, taken) : undefined;
}
