import type { AppDefinition } from '@sprout/shared/definition';
import type { Locale } from '@sprout/shared/i18n';
import { invalid, Problem } from '../http/problem.ts';

/** The key that must be unique per app under the "one submission per …" setting; null when none applies. */
export function onceKey(
  def: AppDefinition,
  values: Record<string, unknown>,
  submitter: { deviceId?: string | undefined; userId: number | null; locale: Locale },
): string | null {
  const { oncePer, onceField } = def.settings;
  if (oncePer === 'device') {
    if (!submitter.deviceId) {
      throw invalid([
        { path: 'deviceId', message: submitter.locale === 'en' ? 'A device id is required' : '缺少设备标识' },
      ]);
    }
    return `device:${submitter.deviceId}`;
  }
  if (oncePer === 'account') {
    if (submitter.userId === null) throw new Problem(401, { 'zh-CN': '请先登录后再填报', en: 'Sign in to submit' });
    return `account:${submitter.userId}`;
  }
  if (oncePer === 'field' && onceField) {
    const v = values[onceField];
    return v === undefined ? null : `field:${JSON.stringify(v)}`;
  }
  return null;
}
