/** The five levels of China's administrative divisions, by code length. */
export const DIVISION_LEVELS = ['province', 'city', 'county', 'township', 'village'] as const;
export type DivisionLevel = (typeof DIVISION_LEVELS)[number];

const LENGTHS: Record<number, DivisionLevel> = { 2: 'province', 4: 'city', 6: 'county', 9: 'township', 12: 'village' };

/**
 * The level a division code stands for: 2 digits a province, 4 a city, 6 a county
 * (GB/T 2260), 9 a township and 12 a village (the statistical codes below it).
 * @example divisionLevelOf('330110') // 'county'
 */
export function divisionLevelOf(code: string): DivisionLevel | undefined {
  return /^\d+$/.test(code) ? LENGTHS[code.length] : undefined;
}
