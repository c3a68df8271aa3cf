/** The packs lane's import path for the rule type: one definition, in `mask-rule.ts`. */
export type { MaskRule } from './mask-rule.ts';
