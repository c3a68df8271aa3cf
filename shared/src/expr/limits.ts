/** Bounds that keep a hostile or careless formula from hanging a phone or the server. */
export const EXPR_LIMITS = {
  /** Characters in one expression. */
  maxLength: 1000,
  /** Nesting depth of the tree. */
  maxDepth: 40,
  /** Evaluation steps (nodes visited plus list items touched) per evaluation. */
  maxSteps: 200_000,
} as const;
