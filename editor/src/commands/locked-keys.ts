import { type AppDefinition, findNode } from '@sprout/shared';
import type { Command } from './index.ts';
import { takenNames } from './names.ts';

/**
 * Data keys of every published version: residents' answers are stored under them, so they
 * stay as they are. Keys of questions added since the last publish are not among them and
 * stay editable until the next publish.
 */
export function publishedNames(definitions: Iterable<AppDefinition>): Set<string> {
  const names = new Set<string>();
  for (const def of definitions) for (const name of takenNames(def)) names.add(name);
  return names;
}

/**
 * The command as it may apply while `locked` keys must not change: a locked node key is
 * dropped from an update (its other fields still apply) and a label change never moves it;
 * a locked computed value keeps its name. `null` when nothing of the command is left.
 */
export function respectLockedKeys(def: AppDefinition, cmd: Command, locked: ReadonlySet<string>): Command | null {
  if (locked.size === 0) return cmd;
  if (cmd.kind === 'set-label') {
    const name = findNode(def, cmd.id)?.node.name;
    return name !== undefined && locked.has(name) ? { ...cmd, keyLocked: true } : cmd;
  }
  if (cmd.kind === 'update-node' && 'name' in cmd.fields) {
    const name = findNode(def, cmd.id)?.node.name;
    if (name === undefined || !locked.has(name) || cmd.fields.name === name) return cmd;
    const { name: _kept, ...fields } = cmd.fields;
    return Object.keys(fields).length > 0 ? { ...cmd, fields } : null;
  }
  if (cmd.kind === 'set-computed') {
    const before = def.computed ?? [];
    // An edit keeps every row in its place, so a row's old name is the one at its index;
    // adding or deleting a row changes the length and renames nothing.
    if (before.length !== cmd.computed.length) return cmd;
    const computed = cmd.computed.map((c, i) => {
      const old = before[i]?.name;
      return old !== undefined && locked.has(old) && c.name !== old ? { ...c, name: old } : c;
    });
    return { ...cmd, computed };
  }
  return cmd;
}
