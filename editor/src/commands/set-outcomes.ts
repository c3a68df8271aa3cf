import type { AppDefinition, OutcomeRule } from '@sprout/shared';

/** Replaces the ordered outcome rules. */
export interface SetOutcomes {
  kind: 'set-outcomes';
  outcomes: OutcomeRule[];
}

export function setOutcomes(def: AppDefinition, cmd: SetOutcomes): AppDefinition {
  return { ...def, outcomes: cmd.outcomes };
}
