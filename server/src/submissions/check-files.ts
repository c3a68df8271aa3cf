import { submissionFieldPath } from '@sprout/shared/api';
import type { AppDefinition } from '@sprout/shared/definition';
import type { Locale } from '@sprout/shared/i18n';
import type { Issue } from '@sprout/shared/result';
import type { Upload, UploadStore } from '../storage/types.ts';
import { checkFileRefs } from '../uploads/check-file-refs.ts';
import { placedFileRefs } from '../uploads/upload-fields.ts';

/**
 * Every file a submission points at must have been uploaded to this app, with the
 * size and type the server stored, and a type (found from its first bytes) and size
 * its field allows. Issues name the field (`values.documents[0]`) so the resident's
 * page shows them under it; `fileIds` are the files to attach to the submission.
 */
export async function checkFiles(
  uploads: UploadStore,
  appId: number,
  def: AppDefinition,
  values: Record<string, unknown>,
  locale: Locale,
): Promise<{ issues: Issue[]; fileIds: string[] }> {
  const placed = placedFileRefs(def, values);
  const stored = new Map<string, Upload | undefined>();
  for (const { ref } of placed) if (!stored.has(ref.id)) stored.set(ref.id, await uploads.get(appId, ref.id));
  const issues = checkFileRefs(placed, stored, locale).map(({ path, message }) => ({
    path: submissionFieldPath(path),
    message,
  }));
  return { issues, fileIds: [...stored.keys()] };
}
