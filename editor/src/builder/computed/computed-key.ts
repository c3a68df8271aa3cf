import { type AppDefinition, type ComputedValue, type LocalizedText, localize } from '@sprout/shared';
import { suggestNameFromLabel } from '../../commands/label-key.ts';
import { takenNames } from '../../commands/names.ts';
import { isReferenced } from '../../commands/references.ts';

/**
 * A computed value relabelled: its name follows the label (pinyin) while the name is still the
 * generated one, nothing reads it and it was never published; otherwise only the label changes.
 */
export function relabelComputed(
  def: AppDefinition,
  value: ComputedValue,
  label: LocalizedText,
  locked: ReadonlySet<string>,
): ComputedValue {
  const taken = takenNames(def);
  taken.delete(value.name);
  const generated =
    /^value\d*$/.test(value.name) || value.name === suggestNameFromLabel(localize(value.label), 'value', taken);
  const follows = generated && !locked.has(value.name) && !isReferenced(def, value.name) && localize(label).trim();
  return follows
    ? { ...value, label, name: suggestNameFromLabel(localize(label), 'value', taken) }
    : { ...value, label };
}
