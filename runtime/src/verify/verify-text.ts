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
} as const;

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

export function codeText(locale: Locale, code: string): string {
  return CODES[code]?.[index(locale)] ?? code;
}
