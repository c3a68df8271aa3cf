/**
 * The Luhn (mod 10) check bank card numbers carry in their last digit.
 * @example hasValidLuhnDigit('6222021234567890') // false
 */
export function hasValidLuhnDigit(digits: string): boolean {
  if (!/^\d{2,32}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}
