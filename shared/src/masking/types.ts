/**
 * How a value is shown to someone without `sensitive:read`: by kind for the common
 * Chinese personal data, `keep` for "show the first `start` and last `end` characters",
 * `withhold` to show nothing, `none` to show it as is.
 * @example const rule: MaskRule = { kind: 'keep', start: 1, end: 2 }; // 京A12345 → 京****45
 */
export type MaskRule =
  | { kind: 'idNumber' }
  | { kind: 'phone' }
  | { kind: 'name' }
  | { kind: 'address' }
  | { kind: 'bankAccount' }
  | { kind: 'keep'; start: number; end: number }
  | { kind: 'withhold' }
  | { kind: 'none' };
