/**
 * A mainland China mobile number: 11 digits starting 13–19. A +86 / 86 prefix,
 * spaces and dashes are tolerated because residents paste numbers in all these forms.
 * @example isMainlandMobile('138 0013 8000') // true
 */
export function isMainlandMobile(value: string): boolean {
  return /^1[3-9]\d{9}$/.test(normalizeMobile(value));
}

export function normalizeMobile(value: string): string {
  return value.replace(/[\s-]/g, '').replace(/^(\+?86)(?=1\d{10}$)/, '');
}

/** `138****8000` */
export function maskMobile(value: string): string {
  const n = normalizeMobile(value);
  return n.length === 11 ? `${n.slice(0, 3)}****${n.slice(7)}` : '*'.repeat(n.length);
}
