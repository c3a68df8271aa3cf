import { chmodSync, linkSync, renameSync, rmSync, writeFileSync } from 'node:fs';

// Several server nodes may share the data directory (keys, the deployment secret): a file
// is never seen half-written, and of two nodes creating the same file at once one wins.

function writeTemporary(file: string, text: string): string {
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(temporary, text, { mode: 0o600 });
  chmodSync(temporary, 0o600);
  return temporary;
}

/** Replaces `file` whole: readers see the old text or the new, never a part. */
export function replaceFile(file: string, text: string): void {
  renameSync(writeTemporary(file, text), file);
}

/** Creates `file` unless it exists; answers whether this call created it. */
export function createFileOnce(file: string, text: string): boolean {
  const temporary = writeTemporary(file, text);
  try {
    linkSync(temporary, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    rmSync(temporary, { force: true });
  }
}
