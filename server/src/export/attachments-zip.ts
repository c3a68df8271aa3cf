import { PassThrough, type Writable } from 'node:stream';
import archiver, { type Archiver } from 'archiver';
import type { AppDefinition } from '@sprout/shared/definition';
import type { Storage, SubmissionFilter } from '../storage/types.ts';
import { placedFileRefs } from '../uploads/upload-fields.ts';
import { safeFileName, signatureFileName } from './cell-format.ts';
import { type XlsxSource, writeXlsx } from './xlsx.ts';

export interface AttachmentsZipSource extends XlsxSource {
  storage: Storage;
  appId: number;
  definition: AppDefinition;
  filter: SubmissionFilter;
  /** The workbook's name inside the ZIP. */
  workbookName: string;
  /** Folder of the files and signature images inside the ZIP. */
  folder: string;
}

const EXTENSIONS: Record<string, string> = {
  'image/jpeg': '.jpg',
  'image/png': '.png',
  'image/webp': '.webp',
  'image/gif': '.gif',
  'image/heic': '.heic',
  'application/pdf': '.pdf',
};

/** A file's name in the ZIP: receipt code, field label and position, so an official can find it from the sheet. */
export function attachmentName(receiptCode: string, label: string, index: number, original: string, type: string) {
  const ext = /\.[A-Za-z0-9]{1,5}$/.exec(original)?.[0] ?? EXTENSIONS[type] ?? '';
  return safeFileName(`${receiptCode}-${label}-${index + 1}${ext}`);
}

// archiver reads entries one at a time; waiting for each keeps one file in memory, not all.
function appendOne(archive: Archiver, data: Buffer, name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (e: Error) => {
      archive.off('entry', onEntry);
      reject(e);
    };
    const onEntry = () => {
      archive.off('error', onError);
      resolve();
    };
    archive.once('entry', onEntry);
    archive.once('error', onError);
    archive.append(data, { name });
  });
}

async function appendAttachments(archive: Archiver, source: AttachmentsZipSource, labels: Map<string, string>) {
  const { storage, appId, definition, filter, folder } = source;
  for await (const page of storage.submissions.stream(appId, { ...filter, limit: undefined })) {
    for (const s of page) {
      for (const { field, ref, path } of placedFileRefs(definition, s.values)) {
        const bytes = await storage.uploads.read(appId, ref.id);
        if (!bytes) continue;
        const index = Number(/\[(\d+)\]$/.exec(path)?.[1] ?? 0);
        const label = labels.get(field.name) ?? field.name;
        await appendOne(
          archive,
          Buffer.from(bytes),
          `${folder}/${attachmentName(s.receiptCode, label, index, ref.name, ref.type)}`,
        );
      }
      for (const f of source.layout.fields) {
        const v = s.values[f.name];
        if (f.kind !== 'signature' || typeof v !== 'string') continue;
        const base64 = v.slice(v.indexOf(',') + 1);
        await appendOne(
          archive,
          Buffer.from(base64, 'base64'),
          `${folder}/${signatureFileName(s.receiptCode, f.label)}`,
        );
      }
    }
  }
}

/**
 * Streams a ZIP into `target`: the XLSX first, then every attached file and signature
 * image, named by receipt code and field. Nothing is gathered in memory first.
 */
export async function writeAttachmentsZip(target: Writable, source: AttachmentsZipSource): Promise<void> {
  const archive = archiver('zip', { zlib: { level: 6 } });
  const done = new Promise<void>((resolve, reject) => {
    target.on('finish', resolve);
    target.on('error', reject);
    archive.on('error', reject);
  });
  archive.pipe(target);
  try {
    const workbook = new PassThrough();
    archive.append(workbook, { name: source.workbookName });
    await writeXlsx(workbook, source);
    const labels = new Map(source.layout.fields.map((f) => [f.name, f.label]));
    await appendAttachments(archive, source, labels);
    await archive.finalize();
    await done;
  } catch (e) {
    // A cancel or a failure mid-way: stop the archive and let its last error go quietly.
    done.catch(() => {});
    archive.abort();
    throw e;
  }
}
