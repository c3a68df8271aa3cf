import type { Locale } from '@sprout/shared/i18n';
import type { VerifyStatus } from '@sprout/shared/result-code';

const TEXT = {
  title: ['结果码核验', 'Verify a result code'],
  intro: [
    '扫描或粘贴群众出示的结果码。核验在本机完成，断网也能用。',
    'Scan or paste the code a resident shows you. Checking happens on this phone and works offline.',
  ],
  scan: ['用摄像头扫码', 'Scan with the camera'],
  stopScan: ['停止扫码', 'Stop scanning'],
  fromImage: ['从图片识别', 'Read from a picture'],
  pasteLabel: ['或粘贴结果码', 'Or paste the code'],
  check: ['核验', 'Check'],
  noQr: ['图片中没有找到二维码', 'No QR code found in the picture'],
  cameraDenied: ['无法使用摄像头，请改用图片或粘贴', 'The camera is not available; use a picture or paste'],
  syncedAt: ['密钥和吊销名单更新于 {time}', 'Keys and revocations last updated {time}'],
  offline: ['当前离线，使用本机保存的密钥核验', 'Offline: checking with the keys saved on this phone'],
  noKeys: ['本机还没有保存密钥，请联网打开一次本页', 'No keys on this phone yet: open this page once while online'],
  issuer: ['签发机构', 'Issued by'],
  holder: ['持码人', 'Holder'],
  result: ['结果', 'Result'],
  expires: ['有效期至', 'Valid until'],
  issuedAt: ['签发时间', 'Issued'],
  org: ['签发单位', 'Issued by'],
  app: ['应用', 'App'],
  invalid: ['无效', 'Not valid'],
  doNotAccept: ['请勿放行，请持码人联系签发单位。', 'Do not accept it; ask the holder to contact the issuing office.'],
  reason: ['原因', 'Why'],
} as const;

const REASONS: Record<Exclude<VerifyStatus, 'valid'>, readonly [string, string]> = {
  expired: ['此结果码已超过有效期。', 'This code is past its expiry time.'],
  revoked: [
    '签发单位已撤销此结果码（例如填报被退回或驳回）。',
    'The issuing office revoked this code (for example, the submission was returned or rejected).',
  ],
  'unknown-issuer': [
    '签发机构不在本机的信任名单中，无法确认真伪。',
    'The issuer is not on this phone’s trust list, so the code cannot be confirmed.',
  ],
  tampered: [
    '签名与内容不符，结果码可能被修改或伪造。',
    'The signature does not match the content: the code may have been altered or forged.',
  ],
  malformed: [
    '这不是萌芽签发的结果码，或二维码不完整。',
    'This is not a Sprout result code, or the QR code is incomplete.',
  ],
};

const STATUS: Record<VerifyStatus, readonly [string, string]> = {
  valid: ['有效', 'Valid'],
  expired: ['已过期', 'Expired'],
  revoked: ['已被撤销', 'Revoked'],
  'unknown-issuer': ['签发机构不在信任名单中', 'Issuer not on the trust list'],
  tampered: ['签名无效，结果码可能被篡改', 'Signature invalid: the code may have been altered'],
  malformed: ['不是有效的萌芽结果码', 'Not a Sprout result code'],
};

const CODES: Record<string, readonly [string, string]> = {
  green: ['绿码', 'Green'],
  yellow: ['黄码', 'Yellow'],
  red: ['红码', 'Red'],
};

const index = (locale: Locale) => (locale === 'en' ? 1 : 0);

export function verifyText(locale: Locale, key: keyof typeof TEXT, params: Record<string, string> = {}): string {
  return TEXT[key][index(locale)].replace(/\{(\w+)\}/g, (_, k: string) => params[k] ?? '');
}

export function statusText(locale: Locale, status: VerifyStatus): string {
  return STATUS[status][index(locale)];
}

/** Why a code is not valid, in words a gatekeeper can act on. */
export function reasonText(locale: Locale, status: Exclude<VerifyStatus, 'valid'>): string {
  return REASONS[status][index(locale)];
}

export function codeText(locale: Locale, code: string): string {
  return CODES[code]?.[index(locale)] ?? code;
}
