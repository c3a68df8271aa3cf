/**
 * How a field's value is masked (脱敏) for someone without `sensitive:read`. Plain data,
 * so a core or vendor manifest can carry it and the server applies it without running
 * vendor code.
 * @example const rule: MaskRule = { kind: 'keep', start: 1, end: 1 }; // 张三丰 → 张*丰
 */
export type MaskRule =
  /** 110***********1234: first 3 and last 4 characters. */
  | { kind: 'idNumber' }
  /** 138****8000 */
  | { kind: 'phone' }
  /** 张*, 张*三, 欧**明 */
  | { kind: 'name' }
  /** The region is kept to county level; the street detail keeps its first 2 characters. */
  | { kind: 'address' }
  /** Bank cards and account-like numbers: the last 4 digits. */
  | { kind: 'bankAccount' }
  /** Keeps `start` characters at the front and `end` at the back; the rest become `*`. */
  | { kind: 'keep'; start: number; end: number }
  /** The value is not shown at all (signatures, photos, positions). */
  | { kind: 'withhold' }
  /** Shown as is; at L4 it is still withheld (see `effectiveMaskRule`). */
  | { kind: 'none' };

export type MaskRuleKind = MaskRule['kind'];

export const MASK_RULE_KINDS: readonly MaskRuleKind[] = [
  'idNumber',
  'phone',
  'name',
  'address',
  'bankAccount',
  'keep',
  'withhold',
  'none',
];

const isCount = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 64;

/**
 * Checks a rule read from a manifest (vendor data): answers what is wrong, or null.
 * @example maskRuleProblem({ kind: 'keep', start: -1, end: 0 }) // 'start and end must be whole numbers 0–64'
 */
export function maskRuleProblem(rule: unknown): string | null {
  if (!rule || typeof rule !== 'object' || Array.isArray(rule)) return 'a mask rule is an object with a kind';
  const { kind, start, end } = rule as Record<string, unknown>;
  if (!MASK_RULE_KINDS.includes(kind as MaskRuleKind)) return `kind must be one of ${MASK_RULE_KINDS.join(', ')}`;
  if (kind === 'keep' && !(isCount(start) && isCount(end))) return 'start and end must be whole numbers 0–64';
  return null;
}
