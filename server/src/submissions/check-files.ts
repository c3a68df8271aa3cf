import { isFileRef } from '@sprout/shared/catalog';
import type { Issue } from '@sprout/shared/result';
import { submissionFieldPath } from '@sprout/shared/api';
import type { Locale } from '@sprout/shared/i18n';
import type { UploadStore } from '../storage/types.ts';

/**
 * Every file a submission points at must have been uploaded to this app. Issues name
 * the field (`values.documents[0]`) so the resident's page shows them under it.
 */
export async function checkFiles(
  uploads: UploadStore,
  appId: number,
  values: unknown,
  locale: Locale,
): Promise<Issue[]> {
  const issues: Issue[] = [];
  const message = locale === 'en' ? 'This file was not uploaded' : '文件未上传成功，请重新上传';
  const visit = async (value: unknown, path: string): Promise<void> => {
    if (isFileRef(value)) {
      if (!(await uploads.get(appId, value.id))) issues.push({ path: submissionFieldPath(path), message });
    } else if (Array.isArray(value)) {
      for (const [i, v] of value.entries()) await visit(v, `${path}[${i}]`);
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) await visit(v, path ? `${path}.${k}` : k);
    }
  };
  await visit(values, '');
  return issues;
}
