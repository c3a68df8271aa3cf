// GB 32100-2015 leaves out I, O, S, V and Z so codes cannot be misread.
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export type UsccProblem = 'format' | 'checksum';

/**
 * Checks a 统一社会信用代码 (GB 32100-2015): 18 characters from the code's alphabet,
 * a division code in positions 3–8, and the MOD 31 check character.
 * @example usccProblem('91350100M000100Y43') // null
 */
export function usccProblem(value: string): UsccProblem | null {
  const code = value.toUpperCase();
  if (code.length !== 18) return 'format';
  for (const ch of code) if (!CHARSET.includes(ch)) return 'format';
  if (!/^\d{6}$/.test(code.slice(2, 8))) return 'format';
  return usccCheckChar(code.slice(0, 17)) === code[17] ? null : 'checksum';
}

/** The check character for the first 17 characters of a USCC. */
export function usccCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CHARSET.indexOf(first17[i] ?? '') * (WEIGHTS[i] ?? 0);
  const c = 31 - (sum % 31);
  return CHARSET[c === 31 ? 0 : c] ?? '';
}
