/** GB/T 2260 code lengths and the statistical ones below: 省 2, 市 4, 区县 6, 乡镇 9, 村 12. */
export const DIVISION_CODE_LENGTHS = [2, 4, 6, 9, 12] as const;

/**
 * The codes from the province down to `code`, one per level: what each level's menu shows as picked.
 * @example divisionChain('330110') // ['33', '3301', '330110']
 */
export function divisionChain(code: string): string[] {
  if (!/^\d+$/.test(code)) return [];
  return DIVISION_CODE_LENGTHS.filter((n) => n <= code.length).map((n) => code.slice(0, n));
}

/** The levels a picker restricted to `level` shows menus for (选择到 区县 → 省, 市, 区县). */
export function levelsUpTo(level: string): number {
  const at = ['province', 'city', 'county', 'township', 'village'].indexOf(level);
  return at < 0 ? DIVISION_CODE_LENGTHS.length : at + 1;
}
