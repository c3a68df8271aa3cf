import { isIsoDate } from '../expr/dates.ts';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

export type IdNumberProblem = 'format' | 'birthdate' | 'checksum';

/**
 * Checks a 18-character 居民身份证号码 (GB 11643-1999): digits, a real birth date,
 * and the ISO 7064 MOD 11-2 check character. Returns the problem, or null when valid.
 * @example idNumberProblem('11010519491231002X') // null
 */
export function idNumberProblem(value: string): IdNumberProblem | null {
  const id = value.toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return 'format';
  if (birthDateFromIdNumber(id) === undefined) return 'birthdate';
  return idNumberCheckChar(id.slice(0, 17)) === id[17] ? null : 'checksum';
}

/** The check character for the first 17 digits of an ID number. */
export function idNumberCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS[sum % 11] ?? '';
}

/** The birth date an ID number encodes, as YYYY-MM-DD, or undefined if it encodes none. */
export function birthDateFromIdNumber(value: string): string | undefined {
  if (!/^\d{17}[\dXx]$/.test(value)) return undefined;
  const date = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  const year = Number(value.slice(6, 10));
  return isIsoDate(date) && year >= 1850 ? date : undefined;
}

/** Masks all but the first 3 and last 4 characters: `110***********1234`. */
export function maskIdNumber(value: string): string {
  if (value.length <= 7) return '*'.repeat(value.length);
  return `${value.slice(0, 3)}${'*'.repeat(value.length - 7)}${value.slice(-4)}`;
}
