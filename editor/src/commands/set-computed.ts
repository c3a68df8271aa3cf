import type { AppDefinition, ComputedValue } from '@sprout/shared';

/** Replaces the named computed values. */
export interface SetComputed {
  kind: 'set-computed';
  computed: ComputedValue[];
}

export function setComputed(def: AppDefinition, cmd: SetComputed): AppDefinition {
  return { ...def, computed: cmd.computed };
}
