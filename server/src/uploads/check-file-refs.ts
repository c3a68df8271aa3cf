import { acceptsType } from '@sprout/shared/catalog';
import type { Locale } from '@sprout/shared/i18n';
import type { Issue } from '@sprout/shared/result';
import type { Upload } from '../storage/types.ts';
import type { PlacedFileRef } from './upload-fields.ts';

const TEXT = {
  missing: { 'zh-CN': '文件未上传成功，请重新上传', en: 'This file was not uploaded' },
  mismatch: { 'zh-CN': '文件与上传时不一致，请重新上传', en: 'This file does not match the one uploaded' },
  type: { 'zh-CN': '不支持该文件类型', en: 'This file type is not accepted' },
  size: { 'zh-CN': '文件超过此项的大小上限', en: 'This file is larger than this field allows' },
} as const;

/**
 * Checks each file a submission points at against what the server stored: it must
 * exist in this app, its claimed size and type must be the stored ones, and the type
 * the server found from its first bytes must be in the field's accept list.
 * @example checkFileRefs(placed, storedById, 'zh-CN') // [] when every file is right
 */
export function checkFileRefs(
  placed: readonly PlacedFileRef[],
  stored: ReadonlyMap<string, Upload | undefined>,
  locale: Locale,
): Issue[] {
  const issues: Issue[] = [];
  const say = (key: keyof typeof TEXT) => TEXT[key][locale === 'en' ? 'en' : 'zh-CN'];
  for (const { path, field, ref } of placed) {
    const file = stored.get(ref.id);
    if (!file) issues.push({ path, message: say('missing') });
    else if (file.size !== ref.size || file.type !== ref.type) issues.push({ path, message: say('mismatch') });
    else if (!acceptsType(field.accept, file.type)) issues.push({ path, message: say('type') });
    else if (file.size > field.maxSizeMb * 1024 * 1024) issues.push({ path, message: say('size') });
  }
  return issues;
}
