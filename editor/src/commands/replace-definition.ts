import type { AppDefinition } from '@sprout/shared';

/** Swaps in a whole definition, e.g. an imported file or the JSON view; undo brings the old one back. */
export interface ReplaceDefinition {
  kind: 'replace-definition';
  definition: AppDefinition;
}

export function replaceDefinition(_def: AppDefinition, cmd: ReplaceDefinition): AppDefinition {
  return cmd.definition;
}
