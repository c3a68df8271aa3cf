import { isFileRef } from '../catalog/core/media.ts';
import { maskIdNumber } from '../validators/id-number.ts';
import { maskName } from '../validators/mask-name.ts';
import { maskMobile } from '../validators/phone.ts';
import type { MaskRule } from './mask-rule.ts';

/** What a withheld value shows in its place. */
export const WITHHELD = '******';

/** Stars for everything between the kept ends; never more than 8, so the length leaks little. */
function keepEnds(text: string, start: number, end: number): string {
  const chars = Array.from(text);
  if (chars.length <= start + end) return '*'.repeat(chars.length);
  const hidden = Math.min(chars.length - start - end, 8);
  return `${chars.slice(0, start).join('')}${'*'.repeat(hidden)}${end > 0 ? chars.slice(-end).join('') : ''}`;
}

function maskText(text: string, rule: Exclude<MaskRule, { kind: 'withhold' | 'none' | 'address' }>): string {
  switch (rule.kind) {
    case 'idNumber':
      return maskIdNumber(text);
    case 'phone':
      return maskMobile(text);
    case 'name':
      return Array.from(text).length <= 4 ? maskName(text) : keepEnds(text, 2, 2);
    case 'bankAccount':
      // A text without digits (the bank's name beside the number in a composite) holds no account.
      return /\d/.test(text) ? `${'*'.repeat(4)}${text.replace(/\s/g, '').slice(-4)}` : text;
    case 'keep':
      return keepEnds(text, rule.start, rule.end);
  }
}

/** Address values `{ region, detail }`: the region cut to county level, the detail to its first 2 characters. */
function maskAddress(value: unknown): unknown {
  if (typeof value === 'string') return keepEnds(value, 2, 0);
  if (!value || typeof value !== 'object' || Array.isArray(value)) return WITHHELD;
  const { region, detail } = value as Record<string, unknown>;
  return {
    ...(typeof region === 'string' ? { region: region.slice(0, 6) } : {}),
    detail: typeof detail === 'string' ? keepEnds(detail, 2, 0) : WITHHELD,
  };
}

/** An object whose parts are all texts: a composite pack value such as `{ bank, account }`. */
function isTextRecord(value: object): value is Record<string, string> {
  const parts = Object.values(value);
  return parts.length > 0 && parts.every((v) => typeof v === 'string');
}

/**
 * Masks one answer by a rule. Texts and numbers become masked text, lists are masked
 * item by item, an object of texts (a composite pack value) part by part, and files
 * and anything else the rule cannot read are withheld.
 * @example maskValue('11010519491231002X', { kind: 'idNumber' }) // '110***********002X'
 * @example maskValue({ bank: '中国银行', account: '6212262201023557228' }, { kind: 'bankAccount' }) // { bank: '中国银行', account: '****7228' }
 */
export function maskValue(value: unknown, rule: MaskRule): unknown {
  if (value === undefined || value === null || value === '') return value;
  if (rule.kind === 'none') return value;
  if (rule.kind === 'withhold') return WITHHELD;
  if (rule.kind === 'address') return maskAddress(value);
  if (Array.isArray(value)) return value.some(isFileRef) ? WITHHELD : value.map((v) => maskValue(v, rule));
  if (typeof value === 'string' || typeof value === 'number') return maskText(String(value), rule);
  if (typeof value === 'object' && isTextRecord(value))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskText(v, rule)]));
  return WITHHELD;
}
