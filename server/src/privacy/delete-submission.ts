import type { Storage, Submission } from '../storage/types.ts';
import { fileIdsIn } from './file-ids.ts';

/**
 * Deletes one submission for good (e.g. a resident's request under the personal
 * information protection law): its row, history, earlier revisions and files. Answers
 * how many files went, or null when it was already gone.
 */
export async function deleteSubmission(storage: Storage, submission: Submission): Promise<{ files: number } | null> {
  const files = [...fileIdsIn(submission.values)];
  const gone = await storage.retention.remove(submission.appId, submission.id, files);
  return gone ? { files: files.length } : null;
}
