/**
 * Result codes travel in QR codes as `SPROUT:/` followed by digits, two per character
 * (its code minus 45), as SMART Health Cards do: QR numeric mode packs 3.3 bits per
 * digit, so the code needs a smaller QR version than in byte mode.
 * @example toQrPayload('eyJ') // 'SPROUT:/560077'
 */
export const QR_PREFIX = 'SPROUT:/';

export function toQrPayload(token: string): string {
  let digits = '';
  for (const ch of token) {
    const n = ch.charCodeAt(0) - 45;
    if (n < 0 || n > 99) throw new Error(`character ${ch} cannot be in a compact JWS`);
    digits += String(n).padStart(2, '0');
  }
  return QR_PREFIX + digits;
}

/** The token inside a scanned payload; a pasted bare token passes through. */
export function fromQrPayload(payload: string): string {
  const text = payload.trim();
  if (!text.toUpperCase().startsWith(QR_PREFIX)) return text;
  const digits = text.slice(QR_PREFIX.length);
  if (!/^(\d\d)*$/.test(digits)) return '';
  let token = '';
  for (let i = 0; i < digits.length; i += 2) token += String.fromCharCode(Number(digits.slice(i, i + 2)) + 45);
  return token;
}
