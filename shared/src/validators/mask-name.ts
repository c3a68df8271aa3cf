/**
 * Masks a person's name for display on a result code: 张三 → 张*, 张小三 → 张*三.
 * @example maskName('欧阳小明') // '欧**明'
 */
export function maskName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length <= 1) return chars.join('');
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}
